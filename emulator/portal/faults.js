/**
 * The fault switches panel: each control posts one patch to the control API (POST /_emulator/faults)
 * and shows the switches' state as the server answers it.
 */

const $ = (id) => document.getElementById(id)

function describe(state) {
  if (!state || typeof state !== 'object') return ''
  const parts = []
  if (state.latencyMs) parts.push(`latency ${state.latencyMs} ms`)
  for (const f of state.fail ?? []) if (f.count > 0) parts.push(`${f.count} × ${f.status}`)
  if (state.drop?.count) parts.push(`drop ${state.drop.count}`)
  if (state.slow?.count) parts.push(`slow ${state.slow.count} × ${state.slow.ms} ms`)
  return parts.length > 0 ? `Active: ${parts.join(', ')}` : 'No faults active'
}

function positive(input, fallback) {
  const value = Number(input.value)
  return Number.isFinite(value) && value >= 0 ? Math.round(value) : fallback
}

export function setupFaultPanel(notify) {
  const stateLine = $('fault-state')
  const post = async (patch, message) => {
    try {
      const res = await fetch('/_emulator/faults', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(patch) })
      const body = await res.json().catch(() => null)
      if (!res.ok) throw new Error(body?.error_description ?? `HTTP ${res.status}`)
      stateLine.textContent = describe(body)
      notify(message)
    } catch (error) {
      notify(`Fault switch failed: ${error instanceof Error ? error.message : String(error)}`, 'error')
    }
  }
  const failCount = () => Math.max(1, positive($('fault-count'), 3))

  $('fault-latency-apply').addEventListener('click', () => {
    const ms = positive($('fault-latency'), 0)
    post({ latencyMs: ms }, `Latency set to ${ms} ms`)
  })
  for (const status of [503, 429, 500]) {
    $(`fault-${status}`).addEventListener('click', () => {
      const count = failCount()
      post({ fail: [{ status, count }] }, `The next ${count} REST calls fail with ${status}`)
    })
  }
  $('fault-drop').addEventListener('click', () => post({ drop: { count: 1 } }, 'The next REST response will be dropped'))
  $('fault-slow').addEventListener('click', () => {
    const ms = positive($('fault-slow-ms'), 5000)
    post({ slow: { ms, count: 1 } }, `The next REST response will take ${ms} ms`)
  })
  $('expire-token').addEventListener('click', () => post({ expireTokens: true }, 'Every access token has expired'))
  $('fault-clear').addEventListener('click', () => {
    $('fault-latency').value = '0'
    post({ clear: true }, 'Faults cleared')
  })

  fetch('/_emulator/faults')
    .then((res) => (res.ok ? res.json() : null))
    .then((body) => { stateLine.textContent = describe(body) })
    .catch(() => {})
}

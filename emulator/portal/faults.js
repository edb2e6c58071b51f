/**
 * The fault switches panel: each control posts one patch to the control API (POST /_emulator/faults)
 * and shows the switches' state as the server answers it. Texts come from `t(key, vars)` (labels.js in
 * the page's current language); `relabel()` re-renders the state line after a language change.
 */

const $ = (id) => document.getElementById(id)

function describe(state, t) {
  if (!state || typeof state !== 'object') return ''
  const parts = []
  if (state.latencyMs) parts.push(t('faults.partLatency', { ms: state.latencyMs }))
  for (const f of state.fail ?? []) if (f.count > 0) parts.push(t('faults.partFail', { count: f.count, status: f.status }))
  if (state.drop?.count) parts.push(t('faults.partDrop', { count: state.drop.count }))
  if (state.slow?.count) parts.push(t('faults.partSlow', { count: state.slow.count, ms: state.slow.ms }))
  return parts.length > 0 ? t('faults.stateActive', { list: parts.join(', ') }) : t('faults.stateNone')
}

function positive(input, fallback) {
  const value = Number(input.value)
  return Number.isFinite(value) && value >= 0 ? Math.round(value) : fallback
}

export function setupFaultPanel(notify, t) {
  const stateLine = $('fault-state')
  /** the switches as the server last answered them */
  let last = null
  const show = (body) => {
    last = body
    stateLine.textContent = describe(body, t)
  }
  const post = async (patch, message) => {
    try {
      const res = await fetch('/_emulator/faults', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(patch) })
      const body = await res.json().catch(() => null)
      if (!res.ok) throw new Error(body?.error_description ?? `HTTP ${res.status}`)
      show(body)
      notify(message)
    } catch (error) {
      notify(t('faults.switchFailed', { error: error instanceof Error ? error.message : String(error) }), 'error')
    }
  }
  const failCount = () => Math.max(1, positive($('fault-count'), 3))

  $('fault-latency-apply').addEventListener('click', () => {
    const ms = positive($('fault-latency'), 0)
    post({ latencyMs: ms }, t('faults.latencySet', { ms }))
  })
  for (const status of [503, 429, 500]) {
    $(`fault-${status}`).addEventListener('click', () => {
      const count = failCount()
      post({ fail: [{ status, count }] }, t('faults.failSet', { count, status }))
    })
  }
  $('fault-drop').addEventListener('click', () => post({ drop: { count: 1 } }, t('faults.dropSet')))
  $('fault-slow').addEventListener('click', () => {
    const ms = positive($('fault-slow-ms'), 5000)
    post({ slow: { ms, count: 1 } }, t('faults.slowSet', { ms }))
  })
  $('expire-token').addEventListener('click', () => post({ expireTokens: true }, t('faults.expired')))
  $('fault-clear').addEventListener('click', () => {
    $('fault-latency').value = '0'
    post({ clear: true }, t('faults.cleared'))
  })

  fetch('/_emulator/faults')
    .then((res) => (res.ok ? res.json() : null))
    .then((body) => show(body))
    .catch(() => {})

  return { relabel: () => { stateLine.textContent = describe(last, t) } }
}

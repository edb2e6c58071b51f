/**
 * The portal's own user picker (selectUser / selectUsers / selectAccess): a modal <dialog> over the
 * portal's employees, searched on the server. Single mode: each user is a button named after the user.
 * Multiple mode: each user is a checkbox labelled with the name, confirmed with "Select".
 * Every name is set with textContent: portal data is text, never markup. Its own texts come from
 * labels.js in the portal language `lang`.
 */
import { label } from './labels.js'

const SEARCH_DELAY_MS = 150

const $ = (id) => document.getElementById(id)

let busy = false

/**
 * Resolves with the chosen SelectedUser (single), an array (multiple), or null / [] on cancel.
 * `exclude`: user ids that cannot be chosen (selectAccess's blocked codes); `viewerId` sets sub/sup;
 * `lang`: the portal language the picker's own texts follow.
 */
export function openUserPicker({ multiple, title, exclude = [], viewerId, lang }) {
  if (busy) return Promise.resolve(multiple ? [] : null)
  busy = true
  const dialog = $('user-picker')
  const search = $('user-picker-search')
  const list = $('user-picker-list')
  const count = $('user-picker-count')
  const ok = $('user-picker-ok')
  const cancel = $('user-picker-cancel')
  const chosen = new Map()
  const blocked = new Set(exclude.map(String))
  let timer = 0
  let request = 0

  const t = (key, vars) => label(lang, key, vars)
  $('user-picker-title').textContent = title ?? t(multiple ? 'picker.titleMultiple' : 'picker.title')
  ok.hidden = !multiple
  search.value = ''

  return new Promise((resolve) => {
    const finish = (result) => {
      clearTimeout(timer)
      search.removeEventListener('input', onInput)
      ok.removeEventListener('click', onOk)
      cancel.removeEventListener('click', onCancel)
      dialog.removeEventListener('cancel', onCancel)
      if (dialog.open) dialog.close()
      list.replaceChildren()
      busy = false
      resolve(result)
    }
    const onOk = () => finish([...chosen.values()])
    const onCancel = (event) => {
      event?.preventDefault?.()
      finish(multiple ? [] : null)
    }
    const render = (items, total) => {
      const rows = items.filter((u) => !blocked.has(u.id)).map((user) => {
        const row = document.createElement('li')
        const position = document.createElement('span')
        position.className = 'picker-position'
        position.textContent = user.position
        if (multiple) {
          const label = document.createElement('label')
          const box = document.createElement('input')
          box.type = 'checkbox'
          box.value = user.id
          box.checked = chosen.has(user.id)
          box.addEventListener('change', () => (box.checked ? chosen.set(user.id, user) : chosen.delete(user.id)))
          label.append(box, document.createTextNode(user.name))
          row.append(label, position)
        } else {
          const button = document.createElement('button')
          button.type = 'button'
          button.textContent = user.name
          button.dataset.userId = user.id
          button.addEventListener('click', () => finish(user))
          row.append(button, position)
        }
        return row
      })
      list.replaceChildren(...rows)
      count.textContent = total === 0 ? t('picker.none') : total > items.length ? t('picker.showing', { shown: items.length, total }) : t('picker.found', { total })
    }
    const load = async () => {
      const mine = ++request
      const query = new URLSearchParams({ q: search.value, limit: '50' })
      if (viewerId) query.set('for', String(viewerId))
      try {
        const res = await fetch(`/_portal/users?${query}`)
        const body = await res.json()
        if (mine === request && busy) render(body.items, body.total)
      } catch {
        if (mine === request) count.textContent = t('picker.loadFailed')
      }
    }
    const onInput = () => {
      clearTimeout(timer)
      timer = setTimeout(load, SEARCH_DELAY_MS)
    }

    search.addEventListener('input', onInput)
    ok.addEventListener('click', onOk)
    cancel.addEventListener('click', onCancel)
    dialog.addEventListener('cancel', onCancel)
    dialog.showModal()
    search.focus()
    load()
  })
}

import { callV2Page } from '@/b24'
import { int, text } from './wire'
import type { Raw } from './wire'

/**
 * Workgroups, REST 2, scope socialnetwork: socialnetwork.api.workgroup.list
 * (https://apidocs.bitrix24.com/api-reference/sonet-group/socialnetwork-api-workgroup-list.html). The answer
 * has camelCase keys and string ids although `select` takes UPPER names.
 */

export interface Collab {
  /** workgroup id: what humanresources `ids` take for COLLAB */
  id: number
  name: string
  avatar: string
  /** "chat{id}" of the collab's chat, '' without one */
  dialogId: string
}

export function toCollab(raw: Raw): Collab | null {
  const id = int(raw.id)
  if (id === null || id <= 0) return null
  return { id, name: text(raw.name), avatar: text(raw.avatar), dialogId: text(raw.dialogId) }
}

/**
 * The collabs the user can see. TYPE is selectable but not a documented filter, so every page is read
 * with TYPE selected and the collabs are kept here. 50 per page by `start`.
 */
export async function fetchCollabs(maxPages = 20): Promise<Collab[]> {
  const out: Collab[] = []
  let start: number | undefined = 0
  for (let page = 0; page < maxPages && start !== undefined; page++) {
    const answer: { result: { workgroups?: Raw[] }, next?: number } = await callV2Page<{ workgroups?: Raw[] }>('socialnetwork.api.workgroup.list', {
      select: ['ID', 'NAME', 'TYPE', 'AVATAR'],
      params: { shouldSelectDialogId: 'Y' },
      order: { NAME: 'ASC' },
      start
    })
    for (const raw of answer.result?.workgroups ?? []) {
      if (raw.type !== 'collab') continue
      const collab = toCollab(raw)
      if (collab && !out.some((c) => c.id === collab.id)) out.push(collab)
    }
    start = answer.next
  }
  return out
}

import { callV2 } from '@/b24'

/** The person who opened the app (the token's user). */
export interface CurrentUser {
  id: string
  firstName: string
  lastName: string
  /** What to show: "First Last", else the e-mail, else "#id". */
  displayName: string
  photo?: string
  position?: string
}

interface UserCurrentResult {
  ID?: string | number
  NAME?: string | null
  LAST_NAME?: string | null
  EMAIL?: string | null
  PERSONAL_PHOTO?: string | null
  WORK_POSITION?: string | null
}

export function toCurrentUser(raw: UserCurrentResult): CurrentUser {
  const id = String(raw.ID ?? '')
  const firstName = raw.NAME?.trim() ?? ''
  const lastName = raw.LAST_NAME?.trim() ?? ''
  const displayName = [firstName, lastName].filter(Boolean).join(' ') || raw.EMAIL?.trim() || `#${id}`
  const user: CurrentUser = { id, firstName, lastName, displayName }
  if (raw.PERSONAL_PHOTO) user.photo = raw.PERSONAL_PHOTO
  if (raw.WORK_POSITION) user.position = raw.WORK_POSITION
  return user
}

/** user.current (REST 2, scope user). */
export async function fetchCurrentUser(): Promise<CurrentUser> {
  return toCurrentUser(await callV2<UserCurrentResult>('user.current'))
}

/** A portal user as a picker or a participant list shows them (user.get / user.search). */
export interface PortalUser {
  id: number
  name: string
  photo: string
  position: string
}

interface UserRow extends UserCurrentResult {
  ACTIVE?: boolean | string
}

export function toPortalUser(raw: UserRow): PortalUser {
  const user = toCurrentUser(raw)
  return { id: Number(user.id), name: user.displayName, photo: user.photo ?? '', position: user.position ?? '' }
}

/** user.get answers 50 a page; asking for at most 50 ids at a time keeps each answer to one page. */
const USERS_PER_CALL = 50

/** user.get by ids (names and photos of chat participants); unknown ids are simply absent. */
export async function fetchUsersByIds(ids: number[]): Promise<PortalUser[]> {
  const unique = [...new Set(ids)].filter(id => id > 0)
  const out: PortalUser[] = []
  for (let i = 0; i < unique.length; i += USERS_PER_CALL) {
    const rows = await callV2<UserRow[]>('user.get', { FILTER: { ID: unique.slice(i, i + USERS_PER_CALL) } })
    if (Array.isArray(rows)) out.push(...rows.map(toPortalUser))
  }
  return out
}

/** user.search with FIND (name, last name, position, department): a type-ahead's first page. */
export async function searchUsers(find: string): Promise<PortalUser[]> {
  const rows = await callV2<UserRow[]>('user.search', { FIND: find.trim() })
  return Array.isArray(rows) ? rows.map(toPortalUser) : []
}

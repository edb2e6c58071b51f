import { callV2 } from '@/b24'
import { fullName, int, text } from './wire'

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
  ID?: unknown
  NAME?: unknown
  LAST_NAME?: unknown
  EMAIL?: unknown
  PERSONAL_PHOTO?: unknown
  WORK_POSITION?: unknown
}

export function toCurrentUser(raw: UserCurrentResult): CurrentUser {
  const id = text(raw.ID)
  const firstName = text(raw.NAME).trim()
  const lastName = text(raw.LAST_NAME).trim()
  const displayName = fullName(firstName, lastName) || text(raw.EMAIL).trim() || `#${id}`
  const user: CurrentUser = { id, firstName, lastName, displayName }
  const photo = text(raw.PERSONAL_PHOTO)
  const position = text(raw.WORK_POSITION)
  if (photo) user.photo = photo
  if (position) user.position = position
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
  return { id: int(user.id, 0), name: user.displayName, photo: user.photo ?? '', position: user.position ?? '' }
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

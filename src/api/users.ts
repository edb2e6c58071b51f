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

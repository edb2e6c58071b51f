/**
 * Test-only helpers for the chats specs: a chat as im.dialog.get describes it, and a signed-in session.
 * The specs mock src/api at the module level (the mocks: ./chatsApi) and feed these.
 */
import { createPinia, setActivePinia } from 'pinia'
import type { Pinia } from 'pinia'
import { toChatDetails } from '@/api/chats'
import type { ChatDetails } from '@/api/chats'
import { useSessionStore } from '@/stores/session'
import { seedSession } from './mountApp'

export function dialog(patch: Record<string, unknown> = {}): ChatDetails {
  return toChatDetails({
    id: 10,
    name: 'Team',
    description: 'Our team',
    owner: 2,
    color: '#4ba984',
    type: 'chat',
    user_counter: 3,
    role: 'owner',
    dialog_id: 'chat10',
    mute_list: [],
    manager_list: [2],
    restrictions: { avatar: true, rename: true, extend: true, mute: true, leave: true, leave_owner: true, user_list: true },
    permissions: { manage_users_add: 'member', manage_users_delete: 'manager', manage_ui: 'member', manage_settings: 'owner' },
    ...patch
  })
}

/** A pinia whose session has the given user signed in. */
export function signedIn(userId: number): Pinia {
  const pinia = createPinia()
  setActivePinia(pinia)
  seedSession(pinia, { user: { id: String(userId), firstName: 'Me', lastName: '', displayName: 'Me' } })
  useSessionStore(pinia).status = 'ready'
  return pinia
}

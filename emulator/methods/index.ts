/**
 * Every REST method the emulator answers. A method family is one module in this folder plus one line here.
 */
import type { MethodDef } from '../rest/registry.ts'
import { systemMethods } from './system.ts'
import { entityMethods } from './entity.ts'
import { userMethods } from './users.ts'
import { crmMethods } from './crm.ts'
import { imconnectorMethods } from './imconnector.ts'
import { imopenlinesMethods } from './openlines.ts'
import { imChatMethods } from './chats.ts'
import { structureMethods } from './structure.ts'
import { imRecentMethods } from './chats-recent.ts'
import { socialnetworkMethods } from './workgroups.ts'
import { placementMethods } from './placements.ts'

export const methods: Record<string, MethodDef> = {
  ...systemMethods,
  ...entityMethods,
  ...userMethods,
  ...crmMethods,
  ...imconnectorMethods,
  ...imopenlinesMethods,
  ...imChatMethods,
  ...structureMethods,
  ...imRecentMethods,
  ...socialnetworkMethods,
  ...placementMethods
}

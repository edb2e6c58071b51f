/**
 * Every REST method the emulator answers. A method family is one module in this folder plus one line here.
 */
import type { MethodDef } from '../rest/registry.ts'
import { systemMethods } from './system.ts'
import { entityMethods } from './entity.ts'
import { userMethods } from './users.ts'
import { crmMethods } from './crm.ts'
import { imconnectorMethods } from './imconnector.ts'
import { imopenlinesMethods } from './imopenlines.ts'
import { imChatMethods } from './im-chat.ts'
import { humanresourcesMethods } from './humanresources.ts'
import { imRecentMethods } from './im-recent.ts'
import { socialnetworkMethods } from './socialnetwork.ts'
import { placementMethods } from './placement.ts'

export const methods: Record<string, MethodDef> = {
  ...systemMethods,
  ...entityMethods,
  ...userMethods,
  ...crmMethods,
  ...imconnectorMethods,
  ...imopenlinesMethods,
  ...imChatMethods,
  ...humanresourcesMethods,
  ...imRecentMethods,
  ...socialnetworkMethods,
  ...placementMethods
}

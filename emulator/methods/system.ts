/**
 * Basic methods every app may call without a scope
 * (https://apidocs.bitrix24.com/api-reference/common/system/app-info.html and the system pages beside it):
 * app.info, scope, profile.
 */
import { defineMethods } from '../rest/registry.ts'
import { planLicense } from '../rest/plan.ts'
import { phpBool } from '../rest/params.ts'

/** Every scope a portal knows, answered by `scope` with full=true. */
export const ALL_SCOPES = [
  'bizproc', 'calendar', 'catalog', 'crm', 'department', 'disk', 'entity', 'humanresources', 'im', 'imbot',
  'imconnector', 'imopenlines', 'landing', 'lists', 'log', 'mailservice', 'placement', 'sale', 'socialnetwork',
  'sonet_group', 'task', 'telephony', 'timeman', 'user', 'user_basic', 'user_brief', 'userfieldconfig'
]

export const systemMethods = defineMethods({
  'app.info': {
    api: 'v2',
    scope: null,
    handler(_params, call) {
      return {
        ID: 1,
        CODE: 'local.communications_hub',
        VERSION: 1,
        // L: a local application, which is how the emulator "installs" the app
        STATUS: 'L',
        INSTALLED: call.data.installed,
        PAYMENT_EXPIRED: 'N',
        DAYS: null,
        LANGUAGE_ID: call.sessionLang,
        // the plan (--plan): LICENSE is prefixed with the portal's base language, not the session's
        ...planLicense(call.emulator.plan ?? 'default', call.emulator.lang)
      }
    }
  },
  scope: {
    api: 'v2',
    scope: null,
    handler(params, call) {
      // CRestProvider::scopeList compares `$arQuery['FULL'] == true`: PHP truthiness, not a Y/N flag
      return phpBool(params.full) ? [...ALL_SCOPES] : [...call.data.scopes]
    }
  },
  profile: {
    api: 'v2',
    scope: null,
    handler(_params, call) {
      const { user } = call
      return {
        ID: String(user.id),
        ADMIN: user.isAdmin,
        NAME: user.name,
        LAST_NAME: user.lastName,
        PERSONAL_GENDER: user.gender,
        ...(user.photo ? { PERSONAL_PHOTO: user.photo } : {}),
        TIME_ZONE: '',
        TIME_ZONE_OFFSET: 0
      }
    }
  }
})

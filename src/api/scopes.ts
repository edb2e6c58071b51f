/**
 * The scopes the app asks a portal for: the fewest that serve every REST method it calls (README.md,
 * "Scopes"; docs/decisions.md D30). `src/api/scopes.spec.ts` reads every method name the code in src/api/ and
 * src/b24/ sends, looks each up in the emulator's method table, and fails when a called method's scope is
 * missing here or a scope here serves no called method, so a new call cannot ship without its scope.
 *
 * Plain data with no imports: the emulator grants exactly these scopes to its app (emulator/data/generate.ts).
 */

/** What to grant in the portal's app registration, in the order the install screen lists them. */
export const APP_SCOPES = ['humanresources', 'im', 'imopenlines', 'crm', 'user_brief', 'socialnetwork', 'placement', 'entity'] as const

export type AppScope = typeof APP_SCOPES[number]

/**
 * Every REST method the app calls → the scope of APP_SCOPES that grants it, as the method's docs page names
 * it (null: a basic method every app may call). `user_brief` grants the user.* reads (the docs' "Scope:
 * user, user_brief, user_basic"), with the basic fields only (D30).
 */
export const METHOD_SCOPES: Readonly<Record<string, AppScope | null>> = {
  'app.info': null,
  'humanresources.node.list': 'humanresources',
  'humanresources.node.count': 'humanresources',
  'humanresources.node.children': 'humanresources',
  'humanresources.node.search': 'humanresources',
  'humanresources.node.communication.list': 'humanresources',
  'humanresources.node.communication.edit': 'humanresources',
  'humanresources.employee.search': 'humanresources',
  'im.recent.list': 'im',
  'im.search.chat.list': 'im',
  'im.dialog.get': 'im',
  'im.dialog.writing': 'im',
  'im.chat.get': 'im',
  'im.chat.add': 'im',
  'im.chat.user.list': 'im',
  'im.chat.user.add': 'im',
  'im.chat.user.delete': 'im',
  'im.chat.leave': 'im',
  'im.chat.setOwner': 'im',
  'im.chat.mute': 'im',
  'im.chat.updateTitle': 'im',
  'im.chat.updateColor': 'im',
  'im.chat.updateAvatar': 'im',
  // the imconnector.* methods the app calls need `imopenlines`: only the connector events need `imconnector`
  'imopenlines.config.list.get': 'imopenlines',
  'imopenlines.config.get': 'imopenlines',
  'imconnector.list': 'imopenlines',
  'imconnector.status': 'imopenlines',
  'imconnector.register': 'imopenlines',
  'imconnector.unregister': 'imopenlines',
  'imconnector.activate': 'imopenlines',
  'imconnector.connector.data.set': 'imopenlines',
  'crm.activity.communication.fields': 'crm',
  'user.current': 'user_brief',
  'user.get': 'user_brief',
  'user.search': 'user_brief',
  'socialnetwork.api.workgroup.list': 'socialnetwork',
  'placement.get': 'placement',
  'placement.bind': 'placement',
  'placement.unbind': 'placement',
  // the change journal's storage (src/api/journal.ts, docs/decisions.md D32)
  'entity.get': 'entity',
  'entity.add': 'entity',
  'entity.item.property.get': 'entity',
  'entity.item.property.add': 'entity',
  'entity.item.get': 'entity',
  'entity.item.add': 'entity'
}

/** "humanresources, im, …": the scope codes as the portal's registration form takes them, for texts that list them. */
export function scopeList(): string {
  return APP_SCOPES.join(', ')
}

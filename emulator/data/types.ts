/**
 * The emulated portal's data model: everything a Bitrix24 portal holds that this app reads or writes.
 * One in-memory `PortalData` per emulator; it is generated from (seed, size) by ./generate.ts and
 * changed only by REST method handlers (emulator/methods/*) and the control API (/_emulator/*).
 * GET /_emulator/state returns it as JSON, so field names here are what e2e tests assert on.
 *
 * Ids are numbers internally; each REST method converts to the documented wire shape
 * (e.g. user.get answers ID as a string, im.recent.list answers "chat12").
 */

/**
 * The 20 languages a Bitrix24 portal runs in, by the portal's own codes (b24jssdk's B24LangList): what
 * `--lang`, the portal page's `?lang=`, `/_portal/session`, `/_portal/refresh` and `/_emulator/token`
 * accept, what a session (its tokens) carries, and what the app receives unchanged in the frame's LANG and
 * app.info's LANGUAGE_ID. The portal page (plain JS, emulator/portal/protocol.js) keeps a copy that
 * protocol.spec.ts checks against this list.
 */
export const PORTAL_LANGS = [
  'ar', 'br', 'de', 'en', 'fr', 'id', 'in', 'it', 'ja', 'kz', 'la', 'ms', 'pl', 'ru', 'sc', 'tc', 'th', 'tr', 'ua', 'vn'
] as const

export type PortalLang = typeof PORTAL_LANGS[number]

export function isPortalLang(value: unknown): value is PortalLang {
  return typeof value === 'string' && (PORTAL_LANGS as readonly string[]).includes(value)
}

/**
 * The language of the texts the emulator writes itself (error descriptions, notices, generated names):
 * it has English and Russian texts only. A real portal answers in its own language.
 */
export type Lang = 'en' | 'ru'

/** Decision: Russian texts for a `ru` portal, English for every other language (README, "Languages"). */
export function textLang(lang: PortalLang): Lang {
  return lang === 'ru' ? 'ru' : 'en'
}

export interface EmuUser {
  id: number
  active: boolean
  name: string
  lastName: string
  secondName: string
  email: string
  gender: 'M' | 'F'
  workPosition: string
  /** Portal administrator: IS_ADMIN in the frame data, may install the app, edits the structure. */
  isAdmin: boolean
  /** 'employee' or 'extranet' (USER_TYPE in user.get). */
  userType: 'employee' | 'extranet'
  /** Node ids of DEPARTMENT nodes the user belongs to (UF_DEPARTMENT). */
  departmentIds: number[]
  /** Absolute URL of a photo or '' (PERSONAL_PHOTO). */
  photo: string
  isOnline: boolean
  dateRegister: string
  lastLogin: string
  /** false: the app is installed but this user may not open it (REST answers user_access_error). */
  hasAppAccess: boolean
  /**
   * The company structure permissions of the portal's access settings ("View/Edit Departments",
   * "View/Edit Teams", granted separately for departments and for teams;
   * https://apidocs.bitrix24.com/api-reference/departments/index.html). Edit implies view. No REST method
   * reveals them to an app (docs/decisions.md D10): only the answer to an edit does. Heading a node grants
   * nothing here.
   */
  structureRights: StructureRights
}

/** 'none' < 'view' < 'edit'. */
export type StructureRightLevel = 'none' | 'view' | 'edit'

/** One level for departments (DEPARTMENT nodes) and one for teams (TEAM nodes). */
export interface StructureRights {
  departments: StructureRightLevel
  teams: StructureRightLevel
}

export type NodeType = 'DEPARTMENT' | 'TEAM'

export interface EmuNode {
  id: number
  name: string
  type: NodeType
  /** null only for the root (the company). */
  parentId: number | null
  description: string | null
  /** Display colour of a team, null for departments. */
  colorName: string | null
  xmlId: string | null
  createdAt: string
  updatedAt: string
  /** Heads first; role MEMBER_HEAD in node.get members. */
  headIds: number[]
  /** Every member including heads. */
  memberIds: number[]
}

export type ChatType = 'CHAT' | 'OPEN' | 'CHANNEL' | 'OPEN_CHANNEL' | 'COLLAB'

export interface EmuChat {
  id: number
  type: ChatType
  title: string
  description: string
  /** One of the 16 colour names (RED, GREEN, …); read back as HEX. */
  color: string
  /** Absolute URL or '' */
  avatar: string
  ownerId: number
  memberIds: number[]
  /** Users who muted the chat. */
  mutedBy: number[]
  entityType: string
  entityId: string
  isExtranet: boolean
  createdAt: string
  /** Timestamp of the last activity, drives im.recent.list order. */
  lastActivityAt: string
  /** Id of the workgroup when this chat is a collab's dialog (ENTITY_TYPE SONET_GROUP). */
  workgroupId: number | null
  /** Managers besides the owner (role manager, im.dialog.get manager_list); absent = none. */
  managerIds?: number[]
  /** Overrides of the type's default rights (im.dialog.get permissions); absent = defaults. */
  permissions?: Partial<Record<ChatPermission, ChatRightLevel>>
  /** First message and system notices of changes, oldest first; absent = none. */
  messages?: EmuChatMessage[]
}

export type ChatPermission = 'manage_users_add' | 'manage_users_delete' | 'manage_ui' | 'manage_settings'
  | 'manage_messages' | 'can_post'

/** Who holds a right: any member, the owner and managers, or the owner alone. */
export type ChatRightLevel = 'member' | 'manager' | 'owner'

export interface EmuChatMessage {
  id: number
  /** 0 for a system notice */
  authorId: number
  text: string
  date: string
}

export interface EmuWorkgroup {
  id: number
  name: string
  /** 'group' | 'project' | 'collab' */
  type: 'group' | 'project' | 'collab'
  chatId: number | null
  ownerId: number
  memberIds: number[]
  avatar: string
}

export type CommunicationType = 'CHAT' | 'CHANNEL' | 'COLLAB'

/** A chat/channel/collab bound to a node (humanresources.node.communication.*). */
export interface EmuBinding {
  nodeId: number
  chatId: number
  type: CommunicationType
  /** Set when the binding came from withChildren on an ancestor: that ancestor's id. */
  originalNodeId: number | null
}

export interface EmuOpenLine {
  id: number
  name: string
  active: boolean
  queueUserIds: number[]
}

export interface EmuConnector {
  /** lower-case, no dots */
  id: string
  name: string
  /** registered by the app (REST) rather than built in */
  custom: boolean
  icon: unknown
  placementHandler: string
}

export interface EmuConnectorLine {
  connectorId: string
  lineId: number
  active: boolean
  /** The DATA object last sent with imconnector.connector.data.set, or null. */
  data: Record<string, unknown> | null
  error: boolean
}

/** A widget handler the app bound with placement.bind (https://apidocs.bitrix24.com/api-reference/widgets/placement-bind.html). */
export interface EmuPlacement {
  /** upper case, e.g. IM_SIDEBAR */
  placement: string
  handler: string
  title: string
  description: string
  groupName: string
  /** LANG_ALL as sent: language → {TITLE, DESCRIPTION, GROUP_NAME} */
  langAll: Record<string, { TITLE: string, DESCRIPTION: string, GROUP_NAME: string }>
  options: Record<string, unknown>
  /** 0: every user */
  userId: number
}

export interface PortalData {
  seed: number
  size: number
  /** e.g. 'acme.bitrix24.com' — shown on the portal page. */
  portalName: string
  memberId: string
  /** Scopes granted to the app (scope method, insufficient_scope). */
  scopes: string[]
  /** false until setInstallFinish (app.info INSTALLED, INSTALL in the frame data). */
  installed: boolean
  users: EmuUser[]
  nodes: EmuNode[]
  chats: EmuChat[]
  workgroups: EmuWorkgroup[]
  bindings: EmuBinding[]
  openLines: EmuOpenLine[]
  connectors: EmuConnector[]
  connectorLines: EmuConnectorLine[]
  /** placement.bind; placement.get lists them, uninstall removes them */
  placements: EmuPlacement[]
  /** setAppOption / app.option.* */
  appOptions: Record<string, unknown>
  /** setUserOption, per user id */
  userOptions: Record<string, Record<string, unknown>>
  /**
   * The app's data storages (entity.*, emulator/methods/entity.ts): the app's own, not a user's, so they
   * survive uninstalling unless its data is deleted. Optional so hand-made test portals may leave it out.
   */
  entities?: EmuEntity[]
  /** generated with HTML and script in its names and texts (generate.ts, hostilize); absent otherwise */
  hostile?: true
}

/** R reads, W also adds, changes and deletes items, X also manages the storage, its rights and properties. */
export type EntityAccessLevel = 'R' | 'W' | 'X'

/** A property of a storage's items (entity.item.property.add): string, number or file. */
export interface EmuEntityProperty {
  code: string
  name: string
  type: 'S' | 'N' | 'F'
  sort: number
}

/** One item of a storage (entity.item.add); dates as the portal prints them (`2026-03-25T12:29:06+03:00`). */
export interface EmuEntityItem {
  id: number
  name: string
  code: string | null
  active: boolean
  sort: number
  section: number | null
  previewText: string | null
  detailText: string | null
  dateActiveFrom: string
  dateActiveTo: string
  createdAt: string
  modifiedAt: string
  createdBy: number
  modifiedBy: number
  /** declared properties only, values as strings */
  properties: Record<string, string>
}

/** One storage of the app (entity.add): https://apidocs.bitrix24.com/api-reference/entity/index.html */
export interface EmuEntity {
  id: number
  /** ENTITY, unique within the app */
  entity: string
  name: string
  /** ACCESS: access code (U<id>, G<id>, AU) → level */
  access: Record<string, EntityAccessLevel>
  properties: EmuEntityProperty[]
  items: EmuEntityItem[]
}

/**
 * The emulated portal's company, generated from (seed, size). Deterministic: the same arguments give
 * byte-identical JSON, so e2e tests and benchmarks can name ids. Fixed ids tests rely on:
 * user 1 = administrator (head of the root), 2 = employee (a department and a team, owns chats),
 * 3 = employee without access to the app, 4 = extranet user, 5 = HR editor (edits departments and teams),
 * 6 = edits teams only; node 1 = the company. Structure rights never draw from the random stream, so
 * adding them shifted nothing else.
 */
import type {
  ChatType, CommunicationType, EmuBinding, EmuChat, EmuConnector, EmuConnectorLine, EmuNode, EmuOpenLine, EmuUser,
  EmuWorkgroup, Lang, PortalData
} from './types.ts'
import { Rng } from './random.ts'
import { defaultStructureRights, structureRightOn } from './rights.ts'
import {
  BUILTIN_CONNECTORS, CHAT_COLORS, COMPANY_NAME, EMAIL_DOMAIN, EN_AREAS, EN_CHANNEL_TOPICS, EN_CHAT_TOPICS, EN_FEMALE,
  EN_HEAD_POSITION, EN_LAST, EN_MALE, EN_POSITIONS, EN_QUALIFIERS, EN_TEAMS, EN_WORKGROUPS, EXTRANET_EMAIL_DOMAIN,
  EXTRANET_POSITIONS, OPEN_LINE_NAMES, PORTAL_NAME, RU_BRANCH, RU_CHANNEL_TOPICS, RU_CHAT_TOPICS, RU_FEMALE,
  RU_HEAD_POSITION, RU_LAST, RU_MALE, RU_POSITIONS, RU_QUALIFIERS, RU_SUBS, RU_TEAMS, RU_WORKGROUPS, TEAM_COLORS,
  feminineSurname, transliterate
} from './names.ts'

export const DEFAULT_SEED = 1
export const DEFAULT_SIZE = 25
/** A root, a department and a team: the least that still has every kind of node. */
export const MIN_SIZE = 3
export const MAX_SIZE = 100_000

export const ADMIN_USER_ID = 1
export const EMPLOYEE_USER_ID = 2
export const NO_ACCESS_USER_ID = 3
export const EXTRANET_USER_ID = 4
/** Holds "Edit Departments" and "Edit Teams" (an HR manager); otherwise an ordinary employee. */
export const HR_EDITOR_USER_ID = 5
/** Holds "Edit Teams" only (and "View Departments"). */
export const TEAMS_EDITOR_USER_ID = 6
export const ROOT_NODE_ID = 1

export const PORTAL_SCOPES = ['humanresources', 'im', 'imopenlines', 'imconnector', 'crm', 'user', 'placement', 'socialnetwork', 'entity']

export interface GenerateOptions {
  seed: number
  /** total number of structure nodes (departments and teams, the root included) */
  size: number
  /** put HTML and script into every name and text a client shows (hostilize below); same ids and structure */
  hostile?: boolean
}

/** Chat ids start above user and node ids of the default portal so that a mixed-up id fails loudly. */
const FIRST_CHAT_ID = 1001
const FIRST_WORKGROUP_ID = 101
/** 2026-01-12 09:00 Moscow time: all dates are offsets from here, never from the clock. */
const BASE_TIME = Date.UTC(2026, 0, 12, 6, 0, 0)
const DAY = 86_400_000

function isoAt(ms: number): string {
  return new Date(ms + 3 * 3_600_000).toISOString().slice(0, 19) + '+03:00'
}

/** Appends " 2", " 3", … so that every generated name can be found by search unambiguously. */
class UniqueNames {
  readonly #seen = new Map<string, number>()

  take(name: string): string {
    const count = (this.#seen.get(name) ?? 0) + 1
    this.#seen.set(name, count)
    return count === 1 ? name : `${name} ${count}`
  }
}

interface NodeMeta {
  depth: number
  lang: Lang
  /** name stem for sub-departments (the area, e.g. "Backend") */
  stem: string
  /** unused sub-department names of this area */
  subs: string[]
}

export function generatePortal(opts: GenerateOptions): PortalData {
  const { seed, size } = opts
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`)
  if (!Number.isInteger(size) || size < MIN_SIZE || size > MAX_SIZE) {
    throw new RangeError(`size must be an integer from ${MIN_SIZE} to ${MAX_SIZE}, got ${size}`)
  }
  const rng = new Rng(seed)
  const tree = buildTree(rng, size)
  const users = buildUsers(rng, size)
  staffTree(rng, tree, users)
  const chats: EmuChat[] = []
  const workgroups: EmuWorkgroup[] = []
  const bindings: EmuBinding[] = []
  const comms = new Communications(rng, users, chats, workgroups)
  buildWorkgroups(rng, comms, size)
  bindCommunications(rng, tree, comms, bindings)
  buildFreeChats(rng, comms, size)
  const openLines = buildOpenLines(rng, tree, users)
  const { connectors, connectorLines } = buildConnectors(openLines)

  const data: PortalData = {
    seed,
    size,
    portalName: PORTAL_NAME,
    memberId: new Rng(seed ^ 0x5eed).hex(32),
    scopes: PORTAL_SCOPES.slice(),
    installed: true,
    users,
    nodes: tree.nodes,
    chats,
    workgroups,
    bindings,
    openLines,
    connectors,
    connectorLines,
    placements: [],
    appOptions: {},
    userOptions: {},
    entities: []
  }
  if (opts.hostile) hostilize(data)
  return data
}

// ── structure ───────────────────────────────────────────────────────────────

interface Tree {
  nodes: EmuNode[]
  meta: NodeMeta[]
  /** children ids by node index (id - 1) */
  children: number[][]
}

function buildTree(rng: Rng, size: number): Tree {
  const names = new UniqueNames()
  const nodes: EmuNode[] = []
  const meta: NodeMeta[] = []
  const children: number[][] = []

  const add = (parent: EmuNode | null, type: EmuNode['type'], name: string, m: NodeMeta): EmuNode => {
    const id = nodes.length + 1
    const created = BASE_TIME - rng.int(30, 900) * DAY
    const node: EmuNode = {
      id,
      name: names.take(name),
      type,
      parentId: parent ? parent.id : null,
      description: null,
      colorName: type === 'TEAM' ? rng.pick(TEAM_COLORS) : null,
      xmlId: parent ? null : 'company',
      createdAt: isoAt(created),
      updatedAt: isoAt(created + rng.int(0, 25) * DAY),
      headIds: [],
      memberIds: []
    }
    nodes.push(node)
    meta.push(m)
    children.push([])
    if (parent) children[parent.id - 1]!.push(id)
    return node
  }

  add(null, 'DEPARTMENT', COMPANY_NAME, { depth: 0, lang: 'en', stem: COMPANY_NAME, subs: [] })
  const areas = EN_AREAS.map(([area, subs]) => ({ area, subs }))
  let nextArea = 0

  const childName = (parentMeta: NodeMeta, depth: number): NodeMeta & { name: string } => {
    if (depth === 1) {
      // The Russian branch comes third so that even the default portal has it.
      if (nextArea === 2 && !meta.some((m) => m.depth === 1 && m.lang === 'ru')) {
        return { name: RU_BRANCH, depth, lang: 'ru', stem: RU_BRANCH, subs: RU_SUBS.slice() }
      }
      const area = areas[nextArea++ % areas.length]!
      return { name: area.area, depth, lang: 'en', stem: area.area, subs: area.subs.slice() }
    }
    const sub = parentMeta.subs.shift()
    if (sub) return { name: sub, depth, lang: parentMeta.lang, stem: sub, subs: [] }
    const qualifier = rng.pick(parentMeta.lang === 'ru' ? RU_QUALIFIERS : EN_QUALIFIERS)
    return { name: `${parentMeta.stem} ${qualifier}`, depth, lang: parentMeta.lang, stem: parentMeta.stem, subs: [] }
  }

  // Breadth-first with a branching factor chosen so the tree is about 3 levels deep at the default size
  // and about 7 at 10,000 nodes, like a real company, instead of one flat level of hundreds of departments.
  const targetDepth = size < 100 ? 4 : size < 1500 ? 5 : 7
  const branching = Math.max(2, Math.pow(size, 1 / targetDepth))
  const rootKids = Math.min(8, Math.max(3, Math.round(branching * 1.6)))
  const minKids = Math.max(1, Math.floor(branching * 0.5))
  const maxKids = Math.ceil(branching * 1.5)
  const queue: EmuNode[] = [nodes[0]!]
  let head = 0
  while (nodes.length < size) {
    const parent = queue[head++] ?? rng.pick(nodes.filter((n) => n.type === 'DEPARTMENT'))
    const pm = meta[parent.id - 1]!
    const depth = pm.depth + 1
    const deptCount = parent.parentId === null ? rng.int(rootKids - 1, rootKids + 1) : rng.int(minKids, maxKids)
    const teamCount = parent.parentId === null ? 0 : rng.chance(0.5) ? rng.int(1, 2) : 0
    for (let i = 0; i < deptCount && nodes.length < size; i++) {
      const { name, ...m } = childName(pm, depth)
      queue.push(add(parent, 'DEPARTMENT', name, m))
    }
    for (let i = 0; i < teamCount && nodes.length < size; i++) {
      const team = pm.lang === 'ru' ? `Команда «${rng.pick(RU_TEAMS)}»` : `Team ${rng.pick(EN_TEAMS)}`
      add(parent, 'TEAM', team, { depth, lang: pm.lang, stem: pm.stem, subs: [] })
    }
  }
  // Tiny portals may end before any team was made; the last node is always a leaf, so it can become one.
  if (!nodes.some((n) => n.type === 'TEAM')) {
    const last = nodes[nodes.length - 1]!
    last.type = 'TEAM'
    last.colorName = rng.pick(TEAM_COLORS)
  }
  return { nodes, meta, children }
}

// ── people ──────────────────────────────────────────────────────────────────

function buildUsers(rng: Rng, size: number): EmuUser[] {
  const total = Math.max(60, Math.round(2.4 * size))
  const extranetTail = Math.max(2, Math.round(total * 0.02))
  const inactiveId = total - extranetTail
  const emails = new Set<string>()
  const users: EmuUser[] = []

  for (let id = 1; id <= total; id++) {
    const extranet = id === EXTRANET_USER_ID || id > inactiveId
    const fixed = FIXED_USERS[id]
    const lang: Lang = fixed?.lang ?? (rng.chance(0.45) ? 'ru' : 'en')
    const gender: 'M' | 'F' = fixed?.gender ?? (rng.chance(0.5) ? 'M' : 'F')
    let name: string
    let lastName: string
    let secondName = ''
    if (fixed) {
      ({ name, lastName, secondName } = fixed)
    } else if (lang === 'ru') {
      const father = rng.pick(RU_MALE)
      name = gender === 'M' ? rng.pick(RU_MALE)[0] : rng.pick(RU_FEMALE)
      const male = rng.pick(RU_LAST)
      lastName = gender === 'M' ? male : feminineSurname(male)
      secondName = gender === 'M' ? father[1] : father[2]
    } else {
      name = rng.pick(gender === 'M' ? EN_MALE : EN_FEMALE)
      lastName = rng.pick(EN_LAST)
    }
    let local = `${transliterate(name)}.${transliterate(lastName)}`
    if (emails.has(local)) local += id
    emails.add(local)
    const registered = BASE_TIME - rng.int(20, 2000) * DAY
    users.push({
      id,
      active: id !== inactiveId,
      name,
      lastName,
      secondName,
      email: `${local}@${extranet ? EXTRANET_EMAIL_DOMAIN : EMAIL_DOMAIN}`,
      gender,
      workPosition: fixed?.position ?? (extranet ? rng.pick(EXTRANET_POSITIONS) : rng.pick(lang === 'ru' ? RU_POSITIONS : EN_POSITIONS)),
      isAdmin: id === ADMIN_USER_ID,
      userType: extranet ? 'extranet' : 'employee',
      departmentIds: [],
      photo: '',
      isOnline: id <= EMPLOYEE_USER_ID || rng.chance(0.3),
      dateRegister: isoAt(registered),
      lastLogin: isoAt(BASE_TIME - rng.int(5, 20_000) * 60_000),
      hasAppAccess: id !== NO_ACCESS_USER_ID,
      structureRights: fixedStructureRights(id, extranet)
    })
  }
  return users
}

const FIXED_USERS: Record<number, { name: string, lastName: string, secondName: string, gender: 'M' | 'F', lang: Lang, position: string }> = {
  [ADMIN_USER_ID]: { name: 'Emma', lastName: 'Clarke', secondName: '', gender: 'F', lang: 'en', position: 'Chief Executive Officer' },
  [EMPLOYEE_USER_ID]: { name: 'Иван', lastName: 'Петров', secondName: 'Сергеевич', gender: 'M', lang: 'ru', position: 'Менеджер по продажам' },
  [NO_ACCESS_USER_ID]: { name: 'Oliver', lastName: 'Bennett', secondName: '', gender: 'M', lang: 'en', position: 'Accountant' },
  [EXTRANET_USER_ID]: { name: 'Мария', lastName: 'Кузнецова', secondName: 'Андреевна', gender: 'F', lang: 'ru', position: 'Подрядчик' }
}

/**
 * Structure permissions by a fixed rule (no random draw): the administrator edits both, users 5 and 6 are
 * the HR editor and the teams-only editor, every other intranet employee views both (heads included:
 * heading a node grants no permission), extranet users hold none.
 */
function fixedStructureRights(id: number, extranet: boolean): EmuUser['structureRights'] {
  if (!extranet && id === HR_EDITOR_USER_ID) return { departments: 'edit', teams: 'edit' }
  if (!extranet && id === TEAMS_EDITOR_USER_ID) return { departments: 'view', teams: 'edit' }
  return defaultStructureRights({ isAdmin: id === ADMIN_USER_ID, userType: extranet ? 'extranet' : 'employee' })
}

/**
 * The fixed "head without an edit permission": the first head, in node order, of a department, who may
 * open the app and holds no edit permission on either kind of node (user 7, head of Sales, in the default
 * portal). Tests use it to show that heading a node does not let one edit it.
 */
export function headWithoutEditRight(data: PortalData): EmuUser | undefined {
  const users = new Map(data.users.map((u) => [u.id, u]))
  for (const node of data.nodes) {
    if (node.type !== 'DEPARTMENT' || node.parentId === null) continue
    for (const id of node.headIds) {
      const u = users.get(id)
      if (u && u.active && u.hasAppAccess && u.userType === 'employee' &&
        structureRightOn(u, 'DEPARTMENT') !== 'edit' && structureRightOn(u, 'TEAM') !== 'edit') return u
    }
  }
  return undefined
}

function isEmployee(u: EmuUser): boolean {
  return u.active && u.userType === 'employee'
}

/** Fills departmentIds, headIds and memberIds: every node gets at least one head, heads are members. */
function staffTree(rng: Rng, tree: Tree, users: EmuUser[]): void {
  const { nodes } = tree
  const root = nodes[0]!
  const departments = nodes.filter((n) => n.type === 'DEPARTMENT' && n.parentId !== null)
  const firstTeam = nodes.find((n) => n.type === 'TEAM')!
  const employeeHome = firstTeam.parentId!
  const employees = users.filter(isEmployee)
  const byId = (id: number) => users[id - 1]!

  byId(ADMIN_USER_ID).departmentIds.push(root.id)
  // Heads come from a shuffled pool; the admin and the employee are kept as ordinary members.
  const pool = rng.sample(employees.filter((u) => u.id > EMPLOYEE_USER_ID), employees.length)
  let next = 0
  for (const dept of departments) {
    const head = pool[next++] ?? rng.pick(pool)
    dept.headIds.push(head.id)
    if (head.departmentIds.length === 0) head.departmentIds.push(dept.id)
    else head.departmentIds.unshift(dept.id)
    head.workPosition = head.secondName || /[а-я]/i.test(head.name) ? RU_HEAD_POSITION : EN_HEAD_POSITION
  }
  root.headIds.push(ADMIN_USER_ID)

  const targets = departments.length > 0 ? departments : [root]
  byId(EMPLOYEE_USER_ID).departmentIds.push(employeeHome)
  for (const u of employees) {
    if (u.departmentIds.length === 0) u.departmentIds.push(rng.pick(targets).id)
    if (u.id > EMPLOYEE_USER_ID && rng.chance(0.1)) {
      const extra = rng.pick(targets).id
      if (!u.departmentIds.includes(extra)) u.departmentIds.push(extra)
    }
  }
  // A couple of assistants sit in the root next to the CEO, as in a real company.
  for (const u of rng.sample(employees.filter((e) => e.id > NO_ACCESS_USER_ID), rng.int(1, 2))) {
    if (!u.departmentIds.includes(root.id)) u.departmentIds.push(root.id)
  }

  const members: number[][] = nodes.map(() => [])
  for (const u of users) for (const d of u.departmentIds) members[d - 1]!.push(u.id)
  for (const dept of nodes) {
    if (dept.type !== 'DEPARTMENT') continue
    dept.memberIds = members[dept.id - 1]!
    // Some departments have a deputy as a second head.
    const deputies = dept.memberIds.filter((id) => !dept.headIds.includes(id) && id !== EMPLOYEE_USER_ID)
    if (deputies.length > 1 && rng.chance(0.15)) dept.headIds.push(rng.pick(deputies))
  }

  for (const team of nodes) {
    if (team.type !== 'TEAM') continue
    const parent = nodes[team.parentId! - 1]!
    const local = parent.memberIds.filter((id) => byId(id).userType === 'employee' && byId(id).active)
    const picked = new Set(rng.sample(local, rng.int(1, 4)))
    for (const u of rng.sample(employees, rng.int(1, 2))) picked.add(u.id)
    if (team.id === firstTeam.id) picked.add(EMPLOYEE_USER_ID)
    const ids = [...picked].sort((a, b) => a - b)
    const heads = ids.filter((id) => id !== EMPLOYEE_USER_ID)
    team.headIds = [heads.length > 0 ? rng.pick(heads) : ids[0]!]
    team.memberIds = ids
  }
}

// ── chats, workgroups, bindings ─────────────────────────────────────────────

interface ChatSpec {
  type: ChatType
  title: string
  ownerId: number
  memberIds: Iterable<number>
  description?: string
  entityType?: string
  entityId?: string
  workgroupId?: number | null
  /** the title is already unique (a workgroup's name) */
  exactTitle?: boolean
}

/** Creates chats and workgroups with consistent owners, members and extranet flags. */
class Communications {
  readonly titles = new UniqueNames()
  readonly groupNames = new UniqueNames()
  readonly employees: EmuUser[]
  readonly extranet: EmuUser[]

  constructor(readonly rng: Rng, readonly users: EmuUser[], readonly chats: EmuChat[], readonly workgroups: EmuWorkgroup[]) {
    this.employees = users.filter(isEmployee)
    this.extranet = users.filter((u) => u.active && u.userType === 'extranet')
  }

  chat(spec: ChatSpec): EmuChat {
    const { rng } = this
    const members = new Set(spec.memberIds)
    members.add(spec.ownerId)
    const memberIds = [...members].sort((a, b) => a - b)
    const created = BASE_TIME - rng.int(1, 700) * DAY
    const chat: EmuChat = {
      id: FIRST_CHAT_ID + this.chats.length,
      type: spec.type,
      title: spec.exactTitle ? spec.title : this.titles.take(spec.title),
      description: spec.description ?? '',
      color: rng.pick(CHAT_COLORS),
      avatar: '',
      ownerId: spec.ownerId,
      memberIds,
      mutedBy: memberIds.filter((id) => id !== spec.ownerId && rng.chance(0.1)),
      entityType: spec.entityType ?? '',
      entityId: spec.entityId ?? '',
      isExtranet: memberIds.some((id) => this.users[id - 1]!.userType === 'extranet'),
      createdAt: isoAt(created),
      lastActivityAt: isoAt(created + rng.int(0, 600) * 3_600_000),
      workgroupId: spec.workgroupId ?? null
    }
    this.chats.push(chat)
    return chat
  }

  workgroup(type: EmuWorkgroup['type'], name: string, ownerId: number, memberIds: Iterable<number>): EmuWorkgroup {
    const id = FIRST_WORKGROUP_ID + this.workgroups.length
    const unique = this.groupNames.take(name)
    const members = [...new Set([ownerId, ...memberIds])].sort((a, b) => a - b)
    let chatId: number | null = null
    // Collabs always have their dialog; ordinary groups and projects only sometimes open a chat.
    if (type === 'collab' || this.rng.chance(0.5)) {
      chatId = this.chat({
        type: type === 'collab' ? 'COLLAB' : 'CHAT',
        title: unique,
        exactTitle: true,
        ownerId,
        memberIds: members,
        entityType: 'SONET_GROUP',
        entityId: String(id),
        workgroupId: id
      }).id
    }
    const group: EmuWorkgroup = { id, name: unique, type, chatId, ownerId, memberIds: members, avatar: '' }
    this.workgroups.push(group)
    return group
  }

  someEmployees(min: number, max: number): number[] {
    return this.rng.sample(this.employees, this.rng.int(min, max)).map((u) => u.id)
  }

  someExtranet(max: number): number[] {
    return this.rng.sample(this.extranet, this.rng.int(0, max)).map((u) => u.id)
  }
}

function buildWorkgroups(rng: Rng, comms: Communications, size: number): void {
  const count = Math.max(6, Math.round(size * 0.12))
  const kinds: EmuWorkgroup['type'][] = ['collab', 'group', 'collab', 'project', 'collab', 'group']
  for (let i = 0; i < count; i++) {
    const type = kinds[i % kinds.length]!
    const ru = rng.chance(0.4)
    const base = rng.pick(ru ? RU_WORKGROUPS : EN_WORKGROUPS)
    const name = type === 'collab' ? (ru ? `Коллаба: ${base}` : `Collab: ${base}`) : base
    const members = comms.someEmployees(3, 10)
    if (type === 'collab') members.push(...comms.someExtranet(2))
    // The first collab is the admin's and has the employee in it, so both see a collab from day one.
    if (i === 0) members.push(ADMIN_USER_ID, EMPLOYEE_USER_ID)
    const owner = i === 0 ? ADMIN_USER_ID : members[0]!
    comms.workgroup(type, name, owner, members)
  }
}

const BINDING_CHAT_TYPES: Record<CommunicationType, readonly ChatType[]> = {
  CHAT: ['CHAT', 'OPEN'],
  CHANNEL: ['CHANNEL', 'OPEN_CHANNEL'],
  COLLAB: ['COLLAB']
}

/** Which chat types a binding of each communication type may point at. */
export function chatTypesFor(type: CommunicationType): readonly ChatType[] {
  return BINDING_CHAT_TYPES[type]
}

function subtreeOf(tree: Tree, id: number): number[] {
  const out: number[] = []
  const stack = [id]
  while (stack.length > 0) {
    const cur = stack.pop()!
    out.push(cur)
    for (const child of tree.children[cur - 1]!) stack.push(child)
  }
  return out
}

function bindCommunications(rng: Rng, tree: Tree, comms: Communications, bindings: EmuBinding[]): void {
  const { nodes } = tree
  const root = nodes[0]!
  const bind = (nodeId: number, chat: EmuChat, type: CommunicationType, originalNodeId: number | null) => {
    bindings.push({ nodeId, chatId: chat.id, type, originalNodeId })
  }
  const isRu = (n: EmuNode) => tree.meta[n.id - 1]!.lang === 'ru'

  // Inherited bindings first: a few mid-sized departments applied a chat, channel or collab "with children".
  const limit = Math.max(4, Math.floor(nodes.length * 0.05))
  const candidates = nodes.filter((n) => n.type === 'DEPARTMENT' && n.parentId !== null && tree.children[n.id - 1]!.length > 0)
  const sized = candidates.map((n) => ({ n, sub: subtreeOf(tree, n.id) })).filter((c) => c.sub.length <= limit)
  const sourceCount = Math.min(sized.length, Math.max(2, Math.round(nodes.length * 0.004)))
  const covered = new Set<number>()
  const kinds: CommunicationType[] = ['CHANNEL', 'CHAT', 'COLLAB']
  rng.sample(sized, sourceCount).sort((a, b) => a.n.id - b.n.id).forEach(({ n, sub }, i) => {
    const kind = kinds[i % kinds.length]!
    const people = new Set<number>()
    for (const id of sub) for (const m of nodes[id - 1]!.memberIds) people.add(m)
    const owner = n.headIds[0]!
    let chat: EmuChat
    if (kind === 'COLLAB') {
      const group = comms.workgroup('collab', isRu(n) ? `Коллаба: ${n.name}` : `Collab: ${n.name}`, owner, people)
      chat = comms.chats[group.chatId! - FIRST_CHAT_ID]!
    } else {
      const title = kind === 'CHANNEL' ? (isRu(n) ? `${n.name}: новости` : `${n.name} news`) : (isRu(n) ? `${n.name}: все` : `${n.name} everyone`)
      chat = comms.chat({ type: kind === 'CHANNEL' ? 'OPEN_CHANNEL' : 'CHAT', title, ownerId: owner, memberIds: people })
    }
    for (const id of sub) {
      bind(id, chat, kind, id === n.id ? null : n.id)
      covered.add(id)
    }
  })

  // The company-wide channel sits on the root alone (applying it to 10,000 children helps nobody).
  const news = comms.chat({ type: 'OPEN_CHANNEL', title: 'Acme news', ownerId: ADMIN_USER_ID, memberIds: comms.employees.map((u) => u.id), description: 'Company-wide announcements' })
  bind(root.id, news, 'CHANNEL', null)

  // Direct bindings on a share of the nodes; the last uncovered node is kept bare so "none" always exists.
  const bare = [...nodes].reverse().find((n) => !covered.has(n.id) && n.parentId !== null)?.id
  const collabs = comms.workgroups.filter((g) => g.type === 'collab' && g.chatId !== null)
  // Fixed anchors so every portal shows each kind: the employee's first team has a chat and the first
  // top-level department has the admin's collab (which the employee is in).
  const firstTeam = nodes.find((n) => n.type === 'TEAM')?.id
  const firstDept = nodes[1]?.type === 'DEPARTMENT' ? nodes[1].id : undefined
  for (const node of nodes) {
    if (node.parentId === null || node.id === bare) continue
    const ru = isRu(node)
    const owner = node.headIds[0]!
    if (node.id === firstDept && collabs[0]) bind(node.id, comms.chats[collabs[0].chatId! - FIRST_CHAT_ID]!, 'COLLAB', null)
    if (node.id === firstTeam || rng.chance(node.type === 'TEAM' ? 0.5 : 0.4)) {
      const chat = comms.chat({ type: rng.chance(0.8) ? 'CHAT' : 'OPEN', title: ru ? `Чат: ${node.name}` : `${node.name} chat`, ownerId: owner, memberIds: node.memberIds })
      bind(node.id, chat, 'CHAT', null)
    }
    if (node.type === 'DEPARTMENT' && rng.chance(0.15)) {
      const chat = comms.chat({ type: rng.chance(0.7) ? 'CHANNEL' : 'OPEN_CHANNEL', title: ru ? `Канал: ${node.name}` : `${node.name} channel`, ownerId: owner, memberIds: node.memberIds })
      bind(node.id, chat, 'CHANNEL', null)
    }
    if (collabs.length > 0 && rng.chance(0.1)) {
      const group = rng.pick(collabs)
      const chat = comms.chats[group.chatId! - FIRST_CHAT_ID]!
      if (!bindings.some((b) => b.nodeId === node.id && b.chatId === chat.id)) bind(node.id, chat, 'COLLAB', null)
    }
  }
}

function buildFreeChats(rng: Rng, comms: Communications, size: number): void {
  // A fixed opening set, so the admin and the employee have chats of every kind (and the employee owns some).
  comms.chat({ type: 'CHAT', title: 'Sales weekly sync', ownerId: EMPLOYEE_USER_ID, memberIds: [ADMIN_USER_ID, ...comms.someEmployees(2, 6)] })
  comms.chat({ type: 'OPEN', title: 'Клуб любителей обеда', ownerId: EMPLOYEE_USER_ID, memberIds: comms.someEmployees(3, 8) })
  comms.chat({ type: 'CHAT', title: 'Board room', ownerId: ADMIN_USER_ID, memberIds: comms.someEmployees(2, 5) })
  comms.chat({ type: 'CHAT', title: 'Планёрка', ownerId: ADMIN_USER_ID, memberIds: [EMPLOYEE_USER_ID, ...comms.someEmployees(2, 6)] })
  comms.chat({ type: 'CHANNEL', title: 'Product updates', ownerId: ADMIN_USER_ID, memberIds: [EMPLOYEE_USER_ID, ...comms.someEmployees(4, 10)] })
  comms.chat({ type: 'OPEN_CHANNEL', title: 'Объявления', ownerId: comms.someEmployees(1, 1)[0]!, memberIds: [ADMIN_USER_ID, EMPLOYEE_USER_ID, ...comms.someEmployees(4, 10)] })
  comms.chat({ type: 'CHAT', title: 'Partners and contractors', ownerId: ADMIN_USER_ID, memberIds: [EXTRANET_USER_ID, ...comms.someEmployees(1, 3)] })

  const count = Math.max(10, Math.round(size * 0.3))
  for (let i = 0; i < count; i++) {
    const r = rng.float()
    const type: ChatType = r < 0.45 ? 'CHAT' : r < 0.7 ? 'OPEN' : r < 0.85 ? 'CHANNEL' : 'OPEN_CHANNEL'
    const channel = type === 'CHANNEL' || type === 'OPEN_CHANNEL'
    const ru = rng.chance(0.4)
    const topics = channel ? (ru ? RU_CHANNEL_TOPICS : EN_CHANNEL_TOPICS) : (ru ? RU_CHAT_TOPICS : EN_CHAT_TOPICS)
    const members = comms.someEmployees(2, channel ? 25 : 12)
    if (rng.chance(0.2)) members.push(ADMIN_USER_ID)
    if (rng.chance(0.15)) members.push(EMPLOYEE_USER_ID)
    if (rng.chance(0.05)) members.push(...comms.someExtranet(1))
    comms.chat({ type, title: rng.pick(topics), ownerId: members[0]!, memberIds: members })
  }
}

// ── open lines and connectors ───────────────────────────────────────────────

function buildOpenLines(rng: Rng, tree: Tree, users: EmuUser[]): EmuOpenLine[] {
  const support = tree.nodes.find((n) => n.name === 'Customer Support')
  const staff = (support?.memberIds.length ? support.memberIds : users.filter(isEmployee).map((u) => u.id))
  const count = rng.int(3, 5)
  return OPEN_LINE_NAMES.slice(0, count).map((name, i) => ({
    id: i + 1,
    name,
    // One switched-off line, so the console shows an inactive line next to active ones.
    active: i !== 3,
    queueUserIds: rng.sample(staff, rng.int(1, 3)).sort((a, b) => a - b)
  }))
}

function buildConnectors(lines: EmuOpenLine[]): { connectors: EmuConnector[], connectorLines: EmuConnectorLine[] } {
  const connectors: EmuConnector[] = BUILTIN_CONNECTORS.map(([id, name]) => ({ id, name, custom: false, icon: null, placementHandler: '' }))
  const data = (connectorId: string, lineId: number, name: string) => ({
    ID: `${connectorId}_line${lineId}`,
    URL: `https://example.com/${connectorId}/${lineId}`,
    URL_IM: `https://example.com/${connectorId}/${lineId}`,
    NAME: name
  })
  const connectorLines: EmuConnectorLine[] = lines.map((line) => ({
    connectorId: 'livechat', lineId: line.id, active: true, data: data('livechat', line.id, `${line.name} widget`), error: false
  }))
  connectorLines.push(
    { connectorId: 'telegrambot', lineId: 1, active: true, data: data('telegrambot', 1, '@acme_support_bot'), error: false },
    // Active but never configured, and one in an error state: the health console needs both.
    { connectorId: 'telegrambot', lineId: 2, active: true, data: null, error: false },
    { connectorId: 'whatsappbyedna', lineId: 1, active: true, data: data('whatsappbyedna', 1, 'Acme WhatsApp'), error: true },
    { connectorId: 'avito', lineId: 3, active: false, data: null, error: false }
  )
  return { connectors, connectorLines }
}

// ── hostile data ────────────────────────────────────────────────────────────

/**
 * Markup a careless client would run or inject (innerHTML, v-html, an attribute built by concatenation, a
 * template compiled from data). Each one sets window.__pwned, so a test can tell that nothing ran; the
 * literal text is what a safe client shows. Any user who may rename a department or a chat can type these.
 */
export const HOSTILE_PAYLOADS: readonly string[] = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  '\'><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<a href="javascript:window.__pwned=1">{{ 7*7 }}</a>'
]

/**
 * Appends a payload to every name and text a client shows: department and team names, chat titles and
 * descriptions, user names and work positions, workgroup, connector and open line names, the channel names
 * of connector DATA. Payloads rotate by position (no random draw), so the ids, the structure and every
 * other field stay exactly those of the same seed without `hostile`, and the data stays valid: names stay
 * unique, start with their ordinary words (search still finds them), and fit the portal's 255-character
 * columns. A collab's chat keeps its workgroup's name, as on a portal.
 */
function hostilize(data: PortalData): void {
  let turn = 0
  const taint = (text: string): string => {
    const payload = HOSTILE_PAYLOADS[turn++ % HOSTILE_PAYLOADS.length]!
    return text === '' ? payload : `${text} ${payload}`
  }
  data.hostile = true
  for (const node of data.nodes) node.name = taint(node.name)
  for (const user of data.users) {
    user.name = taint(user.name)
    user.lastName = taint(user.lastName)
    user.workPosition = taint(user.workPosition)
  }
  for (const group of data.workgroups) group.name = taint(group.name)
  const groups = new Map(data.workgroups.map((g) => [g.id, g]))
  for (const chat of data.chats) {
    const group = chat.workgroupId === null ? undefined : groups.get(chat.workgroupId)
    chat.title = group ? group.name : taint(chat.title)
    chat.description = taint(chat.description)
  }
  for (const line of data.openLines) line.name = taint(line.name)
  for (const connector of data.connectors) connector.name = taint(connector.name)
  for (const pair of data.connectorLines) {
    if (pair.data && typeof pair.data.NAME === 'string') pair.data.NAME = taint(pair.data.NAME)
  }
}

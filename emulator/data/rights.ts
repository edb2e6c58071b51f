/**
 * Company structure permissions (EmuUser.structureRights): "View Departments" / "Edit Departments" and "View
 * Teams" / "Edit Teams", set separately for departments and for teams
 * (https://apidocs.bitrix24.com/api-reference/departments/index.html "Права на отделы и на команды
 * настраиваются отдельно"; the method pages name which permission each method needs). Heading a node grants
 * none of them. Decisions (emulator/README.md "Company structure"): administrators hold edit on both;
 * intranet employees view on both; extranet users none.
 */
import type { EmuUser, NodeType, StructureRightLevel, StructureRights } from './types.ts'

export const STRUCTURE_RIGHT_LEVELS: readonly StructureRightLevel[] = ['none', 'view', 'edit']

export const NO_STRUCTURE_RIGHTS: Readonly<StructureRights> = { departments: 'none', teams: 'none' }
export const VIEW_STRUCTURE_RIGHTS: Readonly<StructureRights> = { departments: 'view', teams: 'view' }
export const EDIT_STRUCTURE_RIGHTS: Readonly<StructureRights> = { departments: 'edit', teams: 'edit' }

/** The rights a user of this kind holds unless the portal's settings say otherwise. */
export function defaultStructureRights(user: Pick<EmuUser, 'isAdmin' | 'userType'>): StructureRights {
  if (user.userType === 'extranet') return { ...NO_STRUCTURE_RIGHTS }
  return { ...(user.isAdmin ? EDIT_STRUCTURE_RIGHTS : VIEW_STRUCTURE_RIGHTS) }
}

/** The user's level on nodes of this type. */
export function structureRightOn(user: EmuUser, type: NodeType): StructureRightLevel {
  return type === 'TEAM' ? user.structureRights.teams : user.structureRights.departments
}

/** A value for structureRights from outside (the control API): both keys, known levels, nothing else. */
export function isStructureRights(value: unknown): value is StructureRights {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const keys = Object.keys(value).sort()
  if (keys.length !== 2 || keys[0] !== 'departments' || keys[1] !== 'teams') return false
  const v = value as Record<string, unknown>
  return STRUCTURE_RIGHT_LEVELS.includes(v.departments as StructureRightLevel) &&
    STRUCTURE_RIGHT_LEVELS.includes(v.teams as StructureRightLevel)
}

import { ref } from 'vue'
import { defineStore } from 'pinia'
import type { PortalError } from '@/b24'
import { itemFailure } from '@/api/bulk'
import type { PlanItem } from '@/api/bulk'
import type { NodeType } from '@/api/structure'
import { useSessionStore } from '@/stores/session'

/**
 * Who may change the communications of departments and of teams — learned from the portal, never from a
 * rule of ours.
 *
 * The docs (https://apidocs.bitrix24.com/api-reference/departments/index.html and the
 * humanresources.node.communication.edit page) give the edit to users who hold the "edit departments" / "edit
 * teams" permission, set separately for each kind and not granted by heading a node; they name no method that
 * tells an app which of them the current user holds (docs/decisions.md D10). So edits are offered to everyone
 * who can read the structure, and the first refusal (ACCESSDENIED from
 * `humanresources.node.communication.edit`) makes that kind read-only, with a plain explanation. The refusal
 * is remembered per portal and user for a day, so the user is not invited to fail again on the next visit;
 * "Check again" forgets it (an administrator may have granted the permission since).
 */

const STORAGE_PREFIX = 'communications-hub:refused-edit:'
const REMEMBER_MS = 24 * 60 * 60 * 1000

/**
 * A refusal that means "this user may not edit this kind": the method's own access-denied code — not any
 * 403 (a missing app scope is insufficient_scope, a user without app access user_access_error), not
 * "this node is gone", not "try later".
 */
export function isEditRefusal(error: PortalError): boolean {
  return /ACCESSDENIED/i.test(error.code)
}

function storageKey(): string | null {
  const session = useSessionStore()
  const memberId = session.context?.memberId
  const userId = session.user?.id
  return memberId && userId ? `${STORAGE_PREFIX}${memberId}:${userId}` : null
}

function readStored(): Set<NodeType> {
  const key = storageKey()
  if (!key) return new Set()
  try {
    const raw = JSON.parse(localStorage.getItem(key) ?? 'null') as { at?: unknown, kinds?: unknown } | null
    if (!raw || typeof raw.at !== 'number' || Date.now() - raw.at > REMEMBER_MS || !Array.isArray(raw.kinds)) return new Set()
    return new Set(raw.kinds.filter((k): k is NodeType => k === 'DEPARTMENT' || k === 'TEAM'))
  } catch {
    return new Set()
  }
}

function writeStored(kinds: Set<NodeType>): void {
  const key = storageKey()
  if (!key) return
  try {
    if (kinds.size) localStorage.setItem(key, JSON.stringify({ at: Date.now(), kinds: [...kinds] }))
    else localStorage.removeItem(key)
  } catch {
    // storage can be unavailable (private mode, quota): the refusal then lasts for this page only
  }
}

export const useStructureRightsStore = defineStore('structureRights', () => {
  const refused = ref<Set<NodeType>>(new Set())
  let restored = false

  function ensureRestored(): void {
    if (restored) return
    if (!storageKey()) return
    restored = true
    refused.value = readStored()
  }

  /** Whether edits of this kind of node are offered. */
  function canEdit(type: NodeType): boolean {
    ensureRestored()
    return !refused.value.has(type)
  }

  /** Whether any kind is still editable (structure-wide bulk actions). */
  function canEditAny(): boolean {
    return canEdit('DEPARTMENT') || canEdit('TEAM')
  }

  /** After a failed edit: a refusal turns that kind read-only. Returns whether it was one. */
  function noteFailure(type: NodeType, error: PortalError): boolean {
    if (!isEditRefusal(error)) return false
    ensureRestored()
    const next = new Set(refused.value)
    next.add(type)
    refused.value = next
    writeStored(next)
    return true
  }

  /** After a run of plan items (bulk job, undo): each item the portal refused turns its node's kind read-only. */
  function noteItems(items: PlanItem[], typeOf: (nodeId: number) => NodeType | undefined): void {
    for (const item of items) {
      const type = typeOf(item.nodeId)
      if (item.status === 'failed' && item.error && type) {
        noteFailure(type, itemFailure(item.error))
      }
    }
  }

  /** "Check again": offer the edits of this kind once more. */
  function forget(type: NodeType): void {
    ensureRestored()
    const next = new Set(refused.value)
    next.delete(type)
    refused.value = next
    writeStored(next)
  }

  return { refused, canEdit, canEditAny, noteFailure, noteItems, forget }
})

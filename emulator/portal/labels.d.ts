/** Types of labels.js (plain browser JS served as-is; this file lets TypeScript specs import it). */
import type { Lang } from '../data/types.ts'

export const LABELS: Record<Lang, Record<string, string>>
export function labelLang(portalLang: string | undefined): Lang
export function label(portalLang: string | undefined, key: string, vars?: Record<string, string | number>): string
export function applyLabels(doc: Document, portalLang: string | undefined): void

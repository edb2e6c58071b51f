import type { ErrorWords } from '@/components/common/describeError'

/**
 * The Departments screens' words for describeError. REST 3.0 codes arrive prefixed
 * (BITRIX_REST_V3_EXCEPTION_…ACCESSDENIEDEXCEPTION); describeError's kinds already read them.
 */

/** A refused edit of a node's communications. */
export const STRUCTURE_EDIT_WORDS: ErrorWords = {
  kinds: {
    accessDenied: 'departments.errors.accessDenied',
    notFound: 'departments.errors.notFound',
    validation: 'departments.errors.validation'
  }
}

/**
 * A refused read (the structure or a node's communications). Viewing is a different right from editing:
 * extranet users are outside the company structure, so a 403 here is not about editing.
 */
export const STRUCTURE_READ_WORDS: ErrorWords = {
  kinds: {
    accessDenied: 'departments.errors.viewDenied',
    notFound: 'departments.errors.notFound'
  }
}

/**
 * How the app compares names (departments, chats, connectors) with each other and with what a person types.
 */

/**
 * A name or filter term in the form compared: lower case, and one Unicode form (NFC), so "Café" typed with
 * a combining accent (e + U+0301, as some keyboards and pasted text give it) finds "Café" and vice versa.
 */
export function searchable(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase()
}

/** True when `name` contains what was typed (`term`), compared as `searchable` says. */
export function nameMatches(name: string, term: string): boolean {
  return searchable(name).includes(searchable(term))
}

/**
 * Alphabetical order of names for lists: what `localeCompare` compares with (the same default locale and
 * options), made once when the module loads: the first comparison of a page otherwise sets up the locale's
 * collation tables, on the way to the first rows; the module loads while the boot still waits for
 * user.current (main.ts).
 */
export const compareNames = new Intl.Collator().compare

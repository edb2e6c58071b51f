/**
 * PHP's query-string parser (parse_str), as the portal applies it to v2 batch rows and form bodies:
 * `a[b][c]=1`, `a[]=x`, `a[0]=x`, `+` as space, percent-decoding. b24jssdk builds batch rows with
 * qs.stringify (indices format), so `USERS[0]=1&USERS[1]=2` must come back as an array.
 */

type Tree = Record<string, unknown>

function decode(text: string): string {
  const spaced = text.replace(/\+/g, ' ')
  try {
    return decodeURIComponent(spaced)
  } catch {
    // PHP keeps malformed escapes as they are instead of failing the whole request
    return spaced
  }
}

/** `a[b][]` → ['a', 'b', '']; a key without a closing bracket is taken literally, as PHP does. */
function splitKey(key: string): string[] {
  const open = key.indexOf('[')
  if (open <= 0) return [key]
  const parts = [key.slice(0, open)]
  const pattern = /\[([^\]]*)\]/y
  pattern.lastIndex = open
  let match: RegExpExecArray | null
  while ((match = pattern.exec(key)) !== null) parts.push(match[1] ?? '')
  return parts
}

function nextIndex(node: Tree): string {
  const numeric = Object.keys(node).filter(k => /^\d+$/.test(k)).map(Number)
  return String(numeric.length === 0 ? 0 : Math.max(...numeric) + 1)
}

function assign(root: Tree, path: string[], value: string): void {
  let node = root
  path.forEach((segment, i) => {
    const key = segment === '' ? nextIndex(node) : segment
    if (i === path.length - 1) {
      node[key] = value
      return
    }
    const child = node[key]
    if (typeof child !== 'object' || child === null) node[key] = {}
    node = node[key] as Tree
  })
}

/** Maps keyed 0..n-1 become arrays, as json_encode would print them. */
function toLists(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  const tree = value as Tree
  const keys = Object.keys(tree)
  for (const key of keys) tree[key] = toLists(tree[key])
  const sequential = keys.length > 0 && keys.every((k, i) => k === String(i))
  return sequential ? keys.map(k => tree[k]) : tree
}

export function parsePhpQuery(query: string): Record<string, unknown> {
  const root: Tree = {}
  const text = query.startsWith('?') ? query.slice(1) : query
  for (const pair of text.split('&')) {
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const rawKey = decode(eq === -1 ? pair : pair.slice(0, eq))
    const value = eq === -1 ? '' : decode(pair.slice(eq + 1))
    if (rawKey === '') continue
    assign(root, splitKey(rawKey), value)
  }
  // the top level stays a map even when its keys are 0..n-1: it is the parameter list
  for (const key of Object.keys(root)) root[key] = toLists(root[key])
  return root
}

/** Nested locale JSON as "a.b.c" → value pairs; used by the locale tests. */
export function flattenKeys(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) {
    out.set(prefix, tree);
    return out;
  }
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    for (const [leaf, leafValue] of flattenKeys(value, path)) out.set(leaf, leafValue);
  }
  return out;
}

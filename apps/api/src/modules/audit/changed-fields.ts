/** The fields whose value differs between two snapshots, as `{field: {before, after}}` for an audit row. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Record<string, { before: unknown; after: unknown }> {
  return Object.fromEntries((Object.keys(before) as (keyof T & string)[]).filter((k) => before[k] !== after[k]).map((k) => [k, { before: before[k], after: after[k] }]));
}

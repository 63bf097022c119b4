/**
 * An UPDATE's SET list from a record's changes: each field given is written to its column, a field
 * left undefined keeps its value. The caller may add further SETs (JSON columns, updated_at).
 */
export function changedColumns<K extends string>(
  columnOf: Readonly<Record<K, string>>,
  changes: Partial<Record<NoInfer<K>, unknown>>,
): { sets: string[]; values: unknown[] } {
  const sets: string[] = [];
  const values: unknown[] = [];
  for (const key of Object.keys(columnOf) as K[]) {
    if (changes[key] === undefined) continue;
    sets.push(`${columnOf[key]} = ?`);
    values.push(changes[key]);
  }
  return { sets, values };
}

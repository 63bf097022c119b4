import type { FormInstance } from 'antd';
import type { FieldIssue } from '../../shared/api/errors';
import { sharedMessage } from './form-rules';

type NamePath = (string | number)[];

/**
 * Puts the core's validation issues on the form fields they concern and returns the ones that
 * concern no field. `fieldOf` maps an issue's path in the API input to the form's name for it. The
 * messages are live elements (see LiveText); the form's typings say string[], which antd renders
 * as nodes all the same.
 */
export function placeIssues(
  form: FormInstance,
  issues: FieldIssue[],
  fieldOf: (path: FieldIssue['path']) => NamePath | null,
  { scroll = true }: { scroll?: boolean } = {},
): FieldIssue[] {
  const unplaced: FieldIssue[] = [];
  const byField = new Map<string, { name: NamePath; errors: ReturnType<typeof sharedMessage>[] }>();
  for (const issue of issues) {
    const name = fieldOf(issue.path);
    if (!name) {
      unplaced.push(issue);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(sharedMessage(issue.key, issue.params));
    byField.set(key, entry);
  }
  const fields = [...byField.values()];
  form.setFields(fields.map((f) => ({ name: f.name, errors: f.errors as unknown as string[] })));
  const first = fields[0];
  if (first && scroll) form.scrollToField(first.name, { behavior: 'smooth', block: 'center' });
  return unplaced;
}

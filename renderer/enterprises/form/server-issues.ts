import type { FormInstance } from 'antd';
import type { FieldIssue } from '../../../shared/api/errors';
import { sharedMessage } from '../../components/form-rules';
import { formFieldOfIssue } from './enterprise-form-values';

/**
 * Puts the core's validation issues on the fields they concern and returns the ones that concern
 * no field. The messages are live elements (see LiveText); the form's typings say string[], which
 * antd renders as nodes all the same.
 */
export function placeIssues(form: FormInstance, issues: FieldIssue[]): FieldIssue[] {
  const unplaced: FieldIssue[] = [];
  const byField = new Map<
    string,
    { name: (string | number)[]; errors: ReturnType<typeof sharedMessage>[] }
  >();
  for (const issue of issues) {
    const name = formFieldOfIssue(issue.path);
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
  if (first) form.scrollToField(first.name, { behavior: 'smooth', block: 'center' });
  return unplaced;
}

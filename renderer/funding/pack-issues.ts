/** A pack's validation issues as the JSON editor lists them: path, message and where in the text. */
import type { FieldIssue } from '../../shared/api/errors';
import { packPath } from '../../shared/funding/pack-text';
import { jsonPathOffset, lineAndColumnAt, offsetOf } from './json-path-offset';

export interface PackIssueView {
  /** programmes[2].support.rate, or '' for the text as a whole (a syntax error). */
  path: string;
  key: string;
  params: FieldIssue['params'];
  /** Where the caret goes to fix it; null when the text gives no place. */
  offset: number | null;
  line: number | null;
  column: number | null;
}

/** Issues the core gives for funding.packs.update point into its input, whose pack is under 'pack'. */
export function issuesInsidePack(issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.map((i) => (i.path[0] === 'pack' ? { ...i, path: i.path.slice(1) } : i));
}

function placeOf(text: string, issue: FieldIssue): number | null {
  const { line, column } = issue.params;
  if (issue.key === 'funding.jsonSyntaxAt' && typeof line === 'number' && typeof column === 'number') {
    return offsetOf(text, line, column);
  }
  return issue.path.length ? jsonPathOffset(text, issue.path) : null;
}

export function packIssueViews(text: string, issues: readonly FieldIssue[]): PackIssueView[] {
  return issues.map((issue) => {
    const offset = placeOf(text, issue);
    const at = offset === null ? null : lineAndColumnAt(text, offset);
    return {
      path: packPath(issue.path),
      key: issue.key,
      params: issue.params,
      offset,
      line: at?.line ?? null,
      column: at?.column ?? null,
    };
  });
}

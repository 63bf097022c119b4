/**
 * Errors cross the API boundary as a code, parameters and (for invalid input) the field issues —
 * never as a stack trace. Each code and issue key has a message in shared/i18n.
 */
import './zod-setup';
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_METHOD',
  'WORKSPACE_NEWER',
  'WORKSPACE_FOREIGN',
  'WORKSPACE_CORRUPT',
  'WORKSPACE_UNAVAILABLE',
  'WORKSPACE_READONLY',
  'WORKSPACE_UPGRADE_FAILED',
  'DISK_FULL',
  'BACKUP_NOT_FOUND',
  'BACKUP_INVALID',
  'FILE_UNREADABLE',
  'FILE_EMPTY',
  'FILE_FORMAT_UNSUPPORTED',
  'FILE_CORRUPT',
  'REGISTER_NO_HEADER',
  'REGISTER_NO_NAME_COLUMN',
  'SHEET_NOT_FOUND',
  'FILE_TOO_LARGE',
  'FILE_TOO_WIDE',
  'PDF_UNAVAILABLE',
  'JOB_CANCELLED',
  'HANDOFF_NOT_ZIP',
  'HANDOFF_NOT_RETROFIT',
  'HANDOFF_NEWER',
  'HANDOFF_TOO_LARGE',
  'HANDOFF_ENTRY_MISSING',
  'HANDOFF_ENTRY_DAMAGED',
  'HANDOFF_HASH_MISMATCH',
  'HANDOFF_UNEXPECTED_ENTRY',
  'HANDOFF_CONTENT_INVALID',
  'HANDOFF_USCC_TAKEN',
  'UNDO_BLOCKED',
  'UNDO_DONE',
  'UNAUTHORIZED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Params = Record<string, string | number | boolean | null>;

export interface FieldIssue {
  /** Path into the input, e.g. ['years', 0, 'revenueYuan']. */
  path: (string | number)[];
  /** Message key, e.g. 'uscc.check' or 'validation.too_small'. */
  key: string;
  params: Params;
}

export interface WireError {
  code: ErrorCode;
  params: Params;
  issues: FieldIssue[];
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Params;
  readonly issues: FieldIssue[];
  constructor(code: ErrorCode, params: Params = {}, issues: FieldIssue[] = []) {
    super(`${code} ${JSON.stringify(params)}${issues.length ? ' ' + JSON.stringify(issues) : ''}`);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.issues = issues;
  }
  toWire(): WireError {
    return { code: this.code, params: this.params, issues: this.issues };
  }
}

export function isWireError(value: unknown): value is WireError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as WireError).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as WireError).code)
  );
}

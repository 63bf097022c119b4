import type { zhCN } from './messages-zh-CN';

export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const en: Shape<typeof zhCN> = {
  error: {
    VALIDATION: 'Some input is invalid; check the marked fields.',
    NOT_FOUND: 'The {{what}} (id {{id}}) was not found; it may have been deleted.',
    CONFLICT: 'The {{what}} conflicts with an existing record: {{detail}}',
    UNKNOWN_METHOD: 'Unknown operation: {{method}}',
    WORKSPACE_NEWER:
      'This workspace was written by a newer version of Retrofit Planner (data version {{found}}; this version supports up to {{supported}}). Nothing was changed; please update the app to open it.',
    WORKSPACE_FOREIGN: 'The file {{path}} is not a Retrofit Planner workspace. Nothing was changed.',
    WORKSPACE_CORRUPT:
      'The workspace file is damaged ({{reason}}) and was moved to {{movedTo}}. You can restore the newest good backup.',
    WORKSPACE_UNAVAILABLE:
      'The workspace is in recovery mode: restore a backup or start an empty workspace first.',
    WORKSPACE_READONLY: 'The workspace file is read-only, so changes cannot be saved: {{path}}',
    WORKSPACE_UPGRADE_FAILED:
      'Upgrading the workspace from data version {{from}} to {{to}} failed ({{reason}}). The file was left as it was and a backup taken before the upgrade is kept. Please report this to support.',
    BACKUP_NOT_FOUND: 'Backup "{{name}}" was not found.',
    BACKUP_INVALID: 'Backup "{{name}}" cannot be used: {{reason}}',
    UNAUTHORIZED: 'Request not authorised. Open the app with the full address printed at launch.',
    INTERNAL: 'An internal error stopped the operation; no data was changed. Details are in the log.',
  },
  validation: {
    invalid_type: 'Wrong type (expected {{expected}})',
    too_small: 'Must be at least {{minimum}}',
    too_big: 'Must be at most {{maximum}}',
    invalid_format: 'Wrong format',
    invalid_value: 'Not an allowed value ({{values}})',
    unrecognized_keys: 'Unknown fields: {{keys}}',
    not_multiple_of: 'Must be a multiple of {{divisor}}',
    custom: 'Invalid value',
    twoDecimals: 'Amounts take at most two decimals',
    duplicate: 'Duplicate value',
    duplicateYear: 'Year {{year}} appears twice',
    backupName: 'Invalid backup name',
    required: 'Required',
  },
  enterprise: {
    usccTaken: 'This credit code is already registered to "{{name}}"',
  },
  uscc: {
    length: 'The unified social credit code must have 18 characters; it has {{length}}',
    char: 'Character {{position}} of the credit code, "{{found}}", is not allowed (I, O, S, V and Z are never used)',
    area: 'Character {{position}} of the credit code, "{{found}}", must be a digit (characters 3–8 are the area code)',
    check: 'Character 18 of the credit code (the check character) should be "{{expected}}", not "{{found}}"',
    orgCheck:
      'Note: the organisation code (characters 9–17) has check character "{{found}}" where GB 11714 gives "{{expected}}"; please verify',
    orgChar:
      'Note: the organisation code (characters 9–16) contains characters that cannot be checked; please verify',
  },
};

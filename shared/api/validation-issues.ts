import type { z } from 'zod';
import type { FieldIssue, Params } from './errors';

/** Message keys look like 'group.name'; zod's own English messages never do. */
const OWN_KEY = /^[a-z]+\.[A-Za-z_]+$/;

const PASSED_PARAMS = ['minimum', 'maximum', 'expected', 'format', 'origin', 'divisor', 'inclusive'] as const;

/** Turns zod's issues into message keys with parameters that shared/i18n can render in either language. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (issue.code === 'custom') {
      return { path, key: issue.message, params: sanitizeParams(issue.params) };
    }
    // A schema may name its own message key (e.g. a regex's { message: 'validation.backupName' }).
    if (OWN_KEY.test(issue.message)) return { path, key: issue.message, params: {} };
    const params: Params = {};
    const raw = issue as unknown as Record<string, unknown>;
    for (const name of PASSED_PARAMS) {
      const v = raw[name];
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') params[name] = v;
      if (typeof v === 'bigint') params[name] = Number(v);
    }
    if (issue.code === 'unrecognized_keys') params.keys = issue.keys.join(', ');
    if (issue.code === 'invalid_value') params.values = issue.values.map(String).join(' / ');
    return { path, key: `validation.${issue.code}`, params };
  });
}

function sanitizeParams(params: unknown): Params {
  const out: Params = {};
  if (typeof params !== 'object' || params === null) return out;
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) out[k] = v;
  }
  return out;
}

/**
 * 统一社会信用代码 (unified social credit code) check per GB 32100-2015, with the embedded
 * organisation code checked per GB 11714. Issues carry the position and the expected character so
 * that the UI can say exactly which character is wrong.
 */

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
/** Characters people type by mistake for the ones the code leaves out. */
const LOOKALIKES: Record<string, string> = { I: '1', O: '0', S: '5', V: 'U', Z: '2' };

export type UsccIssueCode =
  'uscc.length' | 'uscc.char' | 'uscc.area' | 'uscc.check' | 'uscc.orgCheck' | 'uscc.orgChar';

export interface UsccIssue {
  code: UsccIssueCode;
  params: Record<string, string | number>;
}

export interface UsccResult {
  /** Upper-cased, spaces removed. */
  normalized: string;
  valid: boolean;
  errors: UsccIssue[];
  warnings: UsccIssue[];
  /** Positions 3–8, the administrative area code, when they are digits. */
  areaCode: string | null;
  inShenzhen: boolean;
}

export function normalizeUscc(raw: string): string {
  // Full-width letters and digits come from Chinese input methods.
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000-]/g, '')
    .toUpperCase();
}

/** The check character for the first 17 characters, or null if one of them is outside the alphabet. */
export function usccCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = first17[i];
    // indexOf('') is 0, so a missing character must not reach it.
    const value = ch === undefined ? -1 : USCC_ALPHABET.indexOf(ch);
    if (value < 0) return null;
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] ?? null;
}

function orgCharValue(ch: string): number {
  if (/[0-9]/.test(ch)) return ch.charCodeAt(0) - 48;
  if (/[A-Z]/.test(ch)) return ch.charCodeAt(0) - 55; // A=10 … Z=35
  return -1;
}

/** GB 11714 check character of the 9-character organisation code's first 8 characters. */
export function orgCodeCheckChar(first8: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const value = orgCharValue(first8[i] ?? '');
    if (value < 0) return null;
    sum += value * (ORG_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

export function checkUscc(raw: string): UsccResult {
  const normalized = normalizeUscc(raw);
  const errors: UsccIssue[] = [];
  const warnings: UsccIssue[] = [];
  const result = (): UsccResult => {
    const area = normalized.slice(2, 8);
    const areaCode = /^\d{6}$/.test(area) ? area : null;
    return {
      normalized,
      valid: errors.length === 0,
      errors,
      warnings,
      areaCode,
      inShenzhen: areaCode?.startsWith('4403') ?? false,
    };
  };

  if (normalized.length !== 18) {
    errors.push({ code: 'uscc.length', params: { length: normalized.length } });
    return result();
  }
  for (let i = 0; i < 18; i++) {
    const ch = normalized[i] ?? '';
    if (!USCC_ALPHABET.includes(ch)) {
      const hint = LOOKALIKES[ch];
      errors.push({ code: 'uscc.char', params: { position: i + 1, found: ch, hint: hint ?? '' } });
    }
  }
  if (errors.length > 0) return result();
  if (!/^\d{6}$/.test(normalized.slice(2, 8))) {
    const pos = [...normalized.slice(2, 8)].findIndex((c) => !/\d/.test(c)) + 3;
    errors.push({ code: 'uscc.area', params: { position: pos, found: normalized[pos - 1] ?? '' } });
  }
  const expected = usccCheckChar(normalized.slice(0, 17));
  const found = normalized[17] ?? '';
  if (expected !== null && expected !== found) {
    errors.push({ code: 'uscc.check', params: { position: 18, found, expected } });
  }
  const org = normalized.slice(8, 17);
  const orgExpected = orgCodeCheckChar(org.slice(0, 8));
  if (orgExpected === null) {
    warnings.push({ code: 'uscc.orgChar', params: { from: 9, to: 16 } });
  } else if (orgExpected !== org[8]) {
    warnings.push({
      code: 'uscc.orgCheck',
      params: { position: 17, found: org[8] ?? '', expected: orgExpected },
    });
  }
  return result();
}

/**
 * Test-side reference implementations of the two check-character algorithms, written from the
 * standards' text (DOMAIN.md §3), independently of shared/enterprise/uscc.ts, plus fast-check
 * arbitraries for codes built with them.
 */
import fc from 'fast-check';

/** GB 32100-2015: 0-9 then the capital letters without I, O, S, V and Z; values 0–30. */
export const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const FORBIDDEN_LETTERS = ['I', 'O', 'S', 'V', 'Z'] as const;
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const DIGITS = '0123456789';

function usccValue(ch: string): number {
  const v = USCC_CHARS.indexOf(ch);
  if (ch.length !== 1 || v < 0) throw new Error(`not a USCC character: ${ch}`);
  return v;
}

/** Check value = (31 − Σ value×weight mod 31) mod 31, written with the same alphabet. */
export function refUsccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error('need 17 characters');
  let sum = 0;
  [...first17].forEach((ch, i) => {
    sum += usccValue(ch) * USCC_WEIGHTS[i]!;
  });
  return USCC_CHARS.charAt((31 - (sum % 31)) % 31);
}

/** GB 11714: digits are their value, letters A–Z are 10–35; weights 3 7 9 10 5 8 4 2. */
export function refOrgCheckChar(first8: string): string {
  if (first8.length !== 8) throw new Error('need 8 characters');
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  [...first8].forEach((ch, i) => {
    const v = /[0-9]/.test(ch)
      ? Number(ch)
      : /[A-Z]/.test(ch)
        ? ch.charCodeAt(0) - 'A'.charCodeAt(0) + 10
        : NaN;
    if (Number.isNaN(v)) throw new Error(`not an organisation-code character: ${ch}`);
    sum += v * weights[i]!;
  });
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/** A complete, valid code: both check characters computed by the reference implementations. */
export function makeUscc(head2: string, area6: string, orgBody8: string): string {
  const first17 = head2 + area6 + orgBody8 + refOrgCheckChar(orgBody8);
  return first17 + refUsccCheckChar(first17);
}

const charOf = (alphabet: string) => fc.constantFrom(...alphabet.split(''));
const stringOf = (alphabet: string, length: number) =>
  fc.string({ unit: charOf(alphabet), minLength: length, maxLength: length });

export const arbUsccChar = charOf(USCC_CHARS);
export const arbArea = stringOf(DIGITS, 6);
/** A first 17 characters whose area code (positions 3–8) is digits, as the standard requires. */
export const arbUsccPrefix17 = fc
  .tuple(stringOf(USCC_CHARS, 2), arbArea, stringOf(USCC_CHARS, 9))
  .map(([a, b, c]) => a + b + c);
/** Valid codes whose embedded organisation code also passes its own check. */
export const arbValidUscc = fc
  .tuple(stringOf(USCC_CHARS, 2), arbArea, stringOf(USCC_CHARS, 8))
  .map(([head, area, body]) => makeUscc(head, area, body));

/** Shenzhen area codes start 4403; a plausible valid code for profile tests. */
export function shenzhenUscc(serial: number): string {
  return makeUscc('91', '440300', String(10_000_000 + serial).slice(-8));
}

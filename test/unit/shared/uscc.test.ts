import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { message, LANGS } from '../../../shared/i18n/messages';
import {
  checkUscc,
  normalizeUscc,
  orgCodeCheckChar,
  usccCheckChar,
  type UsccIssue,
} from '../../../shared/enterprise/uscc';
import {
  arbUsccChar,
  arbUsccPrefix17,
  arbValidUscc,
  FORBIDDEN_LETTERS,
  makeUscc,
  refOrgCheckChar,
  refUsccCheckChar,
  USCC_CHARS,
} from './gb-codes';

const WORKED_EXAMPLE = '914403001922038216';
const LOOKALIKE: Record<(typeof FORBIDDEN_LETTERS)[number], string> = {
  I: '1',
  O: '0',
  S: '5',
  V: 'U',
  Z: '2',
};

const replaceAt = (s: string, position1: number, ch: string) =>
  s.slice(0, position1 - 1) + ch + s.slice(position1);

describe('checkUscc: worked example', () => {
  it('accepts 914403001922038216 as a valid Shenzhen code without warnings', () => {
    const r = checkUscc(WORKED_EXAMPLE);
    expect(r).toMatchObject({ valid: true, errors: [], warnings: [], normalized: WORKED_EXAMPLE });
    expect(r.areaCode).toBe('440300');
    expect(r.inShenzhen).toBe(true);
  });

  it('agrees with the reference algorithm on the example and on GB 11714’s D2143569-X', () => {
    expect(refUsccCheckChar(WORKED_EXAMPLE.slice(0, 17))).toBe('6');
    expect(usccCheckChar(WORKED_EXAMPLE.slice(0, 17))).toBe('6');
    expect(refOrgCheckChar('19220382')).toBe('1');
    expect(orgCodeCheckChar('19220382')).toBe('1');
    expect(refOrgCheckChar('D2143569')).toBe('X');
    expect(orgCodeCheckChar('D2143569')).toBe('X');
  });

  it('is not in Shenzhen when the area code does not start 4403', () => {
    const beijing = makeUscc('91', '110108', 'MA01ABCD');
    const r = checkUscc(beijing);
    expect(r.valid).toBe(true);
    expect(r.areaCode).toBe('110108');
    expect(r.inShenzhen).toBe(false);
  });
});

describe('checkUscc: the 18th (check) character', () => {
  it('the computed check character equals the reference one and makes the code valid', () => {
    fc.assert(
      fc.property(arbUsccPrefix17, (prefix) => {
        const expected = refUsccCheckChar(prefix);
        expect(usccCheckChar(prefix)).toBe(expected);
        const r = checkUscc(prefix + expected);
        expect(r.errors).toEqual([]);
        expect(r.valid).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('every other 18th character is an error naming position 18 and the expected character', () => {
    fc.assert(
      fc.property(arbUsccPrefix17, (prefix) => {
        const expected = refUsccCheckChar(prefix);
        for (const wrong of USCC_CHARS) {
          if (wrong === expected) continue;
          const r = checkUscc(prefix + wrong);
          expect(r.valid).toBe(false);
          expect(r.errors).toEqual([
            { code: 'uscc.check', params: { position: 18, found: wrong, expected } },
          ]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('returns null for a prefix with a character outside the alphabet', () => {
    expect(usccCheckChar('9144030019220382I')).toBeNull();
    expect(usccCheckChar('91440300')).toBeNull();
  });
});

describe('checkUscc: length and characters', () => {
  it('rejects every length other than 18 and reports the length', () => {
    const arbWrongLength = fc.string({ unit: arbUsccChar, maxLength: 40 }).filter((s) => s.length !== 18);
    fc.assert(
      fc.property(arbWrongLength, (s) => {
        const r = checkUscc(s);
        expect(r.valid).toBe(false);
        expect(r.errors).toEqual([{ code: 'uscc.length', params: { length: s.length } }]);
      }),
    );
  });

  it('names each forbidden letter I O S V Z with its position and the look-alike it replaces', () => {
    fc.assert(
      fc.property(
        arbValidUscc,
        fc.integer({ min: 1, max: 18 }),
        fc.constantFrom(...FORBIDDEN_LETTERS),
        fc.boolean(),
        (code, position, letter, lower) => {
          const r = checkUscc(replaceAt(code, position, lower ? letter.toLowerCase() : letter));
          expect(r.valid).toBe(false);
          expect(r.errors).toEqual([
            { code: 'uscc.char', params: { position, found: letter, hint: LOOKALIKE[letter] } },
          ]);
        },
      ),
    );
  });

  it('names every bad character when there are several', () => {
    const r = checkUscc(replaceAt(replaceAt(WORKED_EXAMPLE, 2, 'O'), 15, 'Z'));
    expect(r.errors.map((e) => [e.code, e.params.position, e.params.found])).toEqual([
      ['uscc.char', 2, 'O'],
      ['uscc.char', 15, 'Z'],
    ]);
    expect(checkUscc(replaceAt(WORKED_EXAMPLE, 10, '#')).errors).toEqual([
      { code: 'uscc.char', params: { position: 10, found: '#', hint: '' } },
    ]);
  });

  it('requires digits in the area code (positions 3–8) and names the first letter there', () => {
    fc.assert(
      fc.property(
        arbValidUscc,
        fc.integer({ min: 3, max: 8 }),
        fc.constantFrom(...'ABCXY'),
        (code, position, letter) => {
          const r = checkUscc(replaceAt(code, position, letter));
          expect(r.valid).toBe(false);
          expect(r.areaCode).toBeNull();
          expect(r.errors[0]).toEqual({ code: 'uscc.area', params: { position, found: letter } });
        },
      ),
    );
  });
});

describe('checkUscc: normalisation', () => {
  const toFullWidth = (ch: string) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0);

  it('accepts lower case, full-width characters and spaces, and normalises them away', () => {
    const arbStyledChar = (ch: string) =>
      fc
        .tuple(
          fc.constantFrom('plain', 'lower', 'full', 'fullLower'),
          fc.constantFrom('', ' ', '\u3000', '\t'),
        )
        .map(([style, gap]) => {
          const styled =
            style === 'lower'
              ? ch.toLowerCase()
              : style === 'full'
                ? toFullWidth(ch)
                : style === 'fullLower'
                  ? toFullWidth(ch.toLowerCase())
                  : ch;
          return styled + gap;
        });
    const arbTyped = arbValidUscc.chain((code) =>
      fc.tuple(fc.constant(code), ...[...code].map(arbStyledChar)).map(([c, ...parts]) => ({
        code: c,
        typed: ' ' + parts.join(''),
      })),
    );
    fc.assert(
      fc.property(arbTyped, ({ code, typed }) => {
        expect(normalizeUscc(typed)).toBe(code);
        const r = checkUscc(typed);
        expect(r.normalized).toBe(code);
        expect(r.errors).toEqual([]);
        expect(r.valid).toBe(true);
      }),
    );
  });

  it('leaves other characters alone, so they are still reported', () => {
    expect(normalizeUscc('９１４４０３　００１９-２２０３８２１６')).toBe(WORKED_EXAMPLE);
    expect(checkUscc('91440300192203821６。').errors[0]?.code).toBe('uscc.length');
  });
});

describe('checkUscc: organisation code (positions 9–17, GB 11714)', () => {
  it('computes the organisation check character like the reference, including X and 0', () => {
    const arbBody = fc.string({
      unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
      minLength: 8,
      maxLength: 8,
    });
    const seen = new Set<string>();
    fc.assert(
      fc.property(arbBody, (body) => {
        const check = orgCodeCheckChar(body);
        expect(check).toBe(refOrgCheckChar(body));
        seen.add(check ?? '');
      }),
      { numRuns: 2000 },
    );
    // 10 → X and 11 → 0 were both exercised.
    expect(seen.has('X')).toBe(true);
    expect(seen.has('0')).toBe(true);
    expect(orgCodeCheckChar('1922038a')).toBeNull();
  });

  it('a wrong organisation check character is a warning, not an error', () => {
    fc.assert(
      fc.property(arbValidUscc, arbUsccChar, (valid, wrongOrgCheck) => {
        const orgExpected = valid.charAt(16);
        fc.pre(wrongOrgCheck !== orgExpected);
        const first17 = valid.slice(0, 16) + wrongOrgCheck;
        const code = first17 + refUsccCheckChar(first17);
        const r = checkUscc(code);
        expect(r.valid).toBe(true);
        expect(r.errors).toEqual([]);
        expect(r.warnings).toEqual([
          { code: 'uscc.orgCheck', params: { position: 17, found: wrongOrgCheck, expected: orgExpected } },
        ]);
      }),
    );
  });
});

describe('USCC messages', () => {
  const render = (issue: UsccIssue) => LANGS.map((lang) => message(lang, issue.code, issue.params));

  it('say which character is wrong and what it should be, in Chinese and English', () => {
    const wrong = WORKED_EXAMPLE.slice(0, 17) + 'A';
    const [issue] = checkUscc(wrong).errors;
    expect(issue?.code).toBe('uscc.check');
    const [zh, en] = render(issue!);
    for (const text of [zh, en]) {
      expect(text).toContain('18');
      expect(text).toMatch(/["“]6["”]/);
      expect(text).toMatch(/["“]A["”]/);
    }
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).toMatch(/^Character 18/);
  });

  it('name the position and the forbidden letter', () => {
    const [issue] = checkUscc(replaceAt(WORKED_EXAMPLE, 11, 'O')).errors;
    const [zh, en] = render(issue!);
    expect(zh).toContain('第 11 位');
    expect(zh).toContain('“O”');
    expect(en).toContain('Character 11');
    expect(en).toContain('"O"');
  });

  it('name the length, the area position and the organisation check character', () => {
    const [length] = checkUscc('91440300').errors;
    for (const text of render(length!)) expect(text).toContain('8');
    const [area] = checkUscc(replaceAt(WORKED_EXAMPLE, 5, 'A')).errors;
    for (const text of render(area!)) expect(text).toMatch(/5.*A|A.*5/s);
    const first17 = WORKED_EXAMPLE.slice(0, 16) + '7';
    const [warning] = checkUscc(first17 + refUsccCheckChar(first17)).warnings;
    for (const text of render(warning!)) {
      expect(text).toMatch(/["“]1["”]/);
      expect(text).toMatch(/["“]7["”]/);
    }
  });
});

/**
 * The rule pack schema refuses every malformed pack with the place of each mistake, as the user
 * reads it (programmes[2].support.tiers[1].rate), and a message in both languages.
 */
import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../shared/api/errors';
import { FundingPackSchema } from '../../../shared/funding/pack-schema';
import {
  formatPackIssue,
  packPath,
  packToText,
  parsePack,
  parsePackText,
} from '../../../shared/funding/pack-text';
import { SHIPPED_PACKS } from '../../../shared/funding/shipped';
import { LANGS, message } from '../../../shared/i18n/messages';
import { clone, edited, fullPack, set, unset } from './pack-fixtures';

type Edit = (pack: unknown) => void;

function issuesOf(value: unknown): FieldIssue[] {
  const parsed = parsePack(value);
  if (parsed.ok) throw new Error('expected the pack to be refused');
  for (const issue of parsed.issues) {
    for (const lang of LANGS) expect(message(lang, issue.key, issue.params), issue.key).not.toBe(issue.key);
  }
  return parsed.issues;
}

/** Breaks a copy of the full pack and returns its issues as "path: key". */
function refuse(...edits: Edit[]): string[] {
  return issuesOf(edited(fullPack(), ...edits)).map((i) => `${packPath(i.path)}: ${i.key}`);
}

describe('rule pack schema', () => {
  it('accepts the full test pack and every shipped example', () => {
    expect(parsePack(fullPack()).ok).toBe(true);
    for (const pack of SHIPPED_PACKS) expect(parsePack(clone(pack)).ok, pack.id).toBe(true);
  });

  it.each<[string, Edit, string[]]>([
    [
      'a rate above 1',
      set('programmes[1].support.tiers[1].rate', 1.2),
      ['programmes[1].support.tiers[1].rate: funding.rateRange'],
    ],
    [
      'a negative rate',
      set('programmes[0].support.rate', -0.1),
      ['programmes[0].support.rate: funding.rateRange'],
    ],
    [
      'a rate with 7 decimals',
      set('programmes[0].support.rate', 0.1234567),
      ['programmes[0].support.rate: funding.rateDecimals'],
    ],
    [
      'a rate as text',
      set('programmes[0].support.rate', '10%'),
      ['programmes[0].support.rate: validation.invalid_type'],
    ],
    [
      'a cap with three decimals',
      set('programmes[0].support.capYuan', 1.005),
      ['programmes[0].support.capYuan: validation.twoDecimals'],
    ],
    [
      'an unknown support kind',
      set('programmes[2].support.kind', 'loan'),
      ['programmes[2].support.kind: funding.supportKind'],
    ],
    [
      'a support without kind',
      unset('programmes[2].support.kind'),
      ['programmes[2].support.kind: funding.supportKind'],
    ],
    [
      'a base naming an unknown field',
      set('programmes[0].support.base[1]', 'project.robotsYuan'),
      ['programmes[0].support.base[1]: funding.unknownField'],
    ],
    [
      'a base naming a yes/no fact',
      set('programmes[0].support.base', ['project.filed']),
      ['programmes[0].support.base[0]: funding.fieldNotMoney'],
    ],
    [
      'an empty base',
      set('programmes[0].support.base', []),
      ['programmes[0].support.base: validation.too_small'],
    ],
    [
      'years that are an amount',
      set('programmes[2].support.years', 'project.loanPrincipalYuan'),
      ['programmes[2].support.years: funding.fieldNotQuantity'],
    ],
    [
      'a key of another kind',
      set('programmes[0].support.tiers', []),
      ['programmes[0].support: validation.unrecognized_keys'],
    ],
    [
      'a gap between brackets',
      set('programmes[1].support.tiers[1].fromYuan', 1_000_001),
      ['programmes[1].support.tiers[1].fromYuan: funding.tierGap'],
    ],
    [
      'an open bracket before the last',
      unset('programmes[1].support.tiers[0].toYuan'),
      ['programmes[1].support.tiers[0].toYuan: funding.tierOpenNotLast'],
    ],
    [
      'an empty bracket',
      set('programmes[1].support.tiers[0].toYuan', 0),
      [
        'programmes[1].support.tiers[0].toYuan: funding.tierEmpty',
        'programmes[1].support.tiers[1].fromYuan: funding.tierGap',
      ],
    ],
    [
      'a bracket applied on neither',
      set('programmes[1].support.tiers[0].on', 'all'),
      ['programmes[1].support.tiers[0].on: validation.invalid_value'],
    ],
    [
      'no brackets',
      set('programmes[1].support.tiers', []),
      ['programmes[1].support.tiers: validation.too_small'],
    ],
    [
      'an unknown condition field',
      set('programmes[0].eligibility.all[3].field', 'project.total'),
      ['programmes[0].eligibility.all[3].field: funding.unknownField'],
    ],
    [
      'an operator that does not fit',
      set('programmes[0].eligibility.all[1].not.op', 'gt'),
      ['programmes[0].eligibility.all[1].not.op: funding.opForField'],
    ],
    [
      'a misspelt district',
      set('programmes[0].eligibility.all[0].values[1]', 'baoann'),
      ['programmes[0].eligibility.all[0].values[1]: funding.unknownCode'],
    ],
    [
      'in without values',
      set('programmes[0].eligibility.all[0].values', []),
      ['programmes[0].eligibility.all[0].values: funding.valuesList'],
    ],
    [
      'a flag compared with text',
      set('programmes[0].eligibility.all[1].not.value', 'yes'),
      ['programmes[0].eligibility.all[1].not.value: funding.valueFlag'],
    ],
    [
      'an amount given as text',
      set('programmes[0].eligibility.all[3].value', '1000'),
      ['programmes[0].eligibility.all[3].value: funding.valueNumber'],
    ],
    [
      'an amount with three decimals',
      set('programmes[0].eligibility.all[3].value', 1.005),
      ['programmes[0].eligibility.all[3].value: validation.twoDecimals'],
    ],
    [
      'an empty all',
      set('programmes[0].eligibility.all[2].any', []),
      ['programmes[0].eligibility.all[2].any: funding.conditionList'],
    ],
    [
      'two heads in one condition',
      set('programmes[0].eligibility.any', []),
      ['programmes[0].eligibility: funding.conditionShape'],
    ],
    [
      'a condition that is a string',
      set('programmes[2].eligibility', 'loan > 0'),
      ['programmes[2].eligibility: funding.conditionShape'],
    ],
    [
      'an extra key in a comparison',
      set('programmes[2].eligibility.unit', 'yuan'),
      ['programmes[2].eligibility: validation.unrecognized_keys'],
    ],
    [
      'value where values is needed',
      set('programmes[0].eligibility.all[0].value', 'longhua'),
      ['programmes[0].eligibility.all[0]: validation.unrecognized_keys'],
    ],
    [
      'a duplicate programme id',
      set('programmes[2].id', 'rate-one'),
      ['programmes[2].id: funding.duplicateId'],
    ],
    ['an id with capitals', set('programmes[1].id', 'Tiers'), ['programmes[1].id: funding.idFormat']],
    [
      'an unknown programme type',
      set('programmes[1].type', 'grant'),
      ['programmes[1].type: validation.invalid_value'],
    ],
    ['a year out of range', set('programmes[1].year', 1889), ['programmes[1].year: validation.too_small']],
    ['a missing flag', unset('programmes[0].verify'), ['programmes[0].verify: validation.invalid_type']],
    [
      'a name without Chinese',
      set('programmes[0].name', { en: 'Only English' }),
      ['programmes[0].name.zh: validation.invalid_type'],
    ],
    [
      'an unknown key in a programme',
      set('programmes[0].deadline', '2025-06-30'),
      ['programmes[0]: validation.unrecognized_keys'],
    ],
    [
      'a source without document',
      set('programmes[0].source', {}),
      ['programmes[0].source.document: validation.invalid_type'],
    ],
    ['another format', set('format', 'something-else'), ['format: funding.notAPack']],
    ['a newer format version', set('formatVersion', 2), ['formatVersion: funding.formatVersion']],
    ['no programmes', set('programmes', []), ['programmes: validation.too_small']],
  ])('refuses %s, at its place', (_, breakIt, expected) => {
    expect(refuse(breakIt)).toEqual(expected);
  });

  it('reports every mistake of a pack at once', () => {
    const issues = refuse(
      set('programmes[0].support.rate', 2),
      set('programmes[1].support.tiers[1].rate', 1.2),
      set('programmes[2].eligibility.op', 'in'),
    );
    expect(issues).toEqual([
      'programmes[0].support.rate: funding.rateRange',
      'programmes[1].support.tiers[1].rate: funding.rateRange',
      'programmes[2].eligibility.op: funding.opForField',
    ]);
  });

  it('refuses conditions nested deeper than eight levels', () => {
    let c: unknown = { field: 'project.filed', op: 'eq', value: true };
    for (let i = 0; i < 10; i++) c = { not: c };
    const issues = refuse(set('programmes[0].eligibility', c));
    expect(issues).toEqual([`programmes[0].eligibility${'.not'.repeat(9)}: funding.conditionDepth`]);
  });

  it('writes the place and the message in either language', () => {
    const pack = edited(
      fullPack(),
      set('programmes[1].support.tiers[1].rate', 1.2),
      set('programmes[0].eligibility.all[0].values[0]', 'longhau'),
    );
    const issues = issuesOf(pack);
    expect(issues.map((i) => formatPackIssue('en', i))).toEqual([
      'programmes[0].eligibility.all[0].values[0]: "longhau" is not a code of enterprise.district (codes: futian, luohu, yantian, nanshan, baoan, longgang, longhua, pingshan, guangming, dapeng, shenshan, outside)',
      'programmes[1].support.tiers[1].rate: Must be between 0 and 1 (0.1 is 10%)',
    ]);
    expect(formatPackIssue('zh-CN', issues[1]!)).toBe(
      'programmes[1].support.tiers[1].rate: 比例须在 0 到 1 之间（0.1 即 10%）',
    );
  });

  it('reads JSON text, naming the line and column of a syntax error, and allows a byte-order mark', () => {
    expect(parsePackText('\uFEFF' + JSON.stringify(fullPack())).ok).toBe(true);
    const broken = parsePackText('{\n  "format": "retrofit-planner.funding-pack",\n  "id": x\n}');
    expect(broken).toEqual({
      ok: false,
      issues: [{ path: [], key: 'funding.jsonSyntaxAt', params: { line: 3, column: 9 } }],
    });
    expect(parsePackText('')).toEqual({
      ok: false,
      issues: [{ path: [], key: 'funding.jsonSyntax', params: {} }],
    });
    const notAPack = parsePackText('[1, 2]');
    expect(notAPack.ok || notAPack.issues[0]).toMatchObject({ path: [], key: 'validation.invalid_type' });
  });

  it('exports a pack as text that reads back to the same pack and the same text', () => {
    const pack = FundingPackSchema.parse(fullPack());
    const text = packToText(pack);
    const again = parsePackText(text);
    expect(again.ok && again.pack).toEqual(pack);
    expect(again.ok && packToText(again.pack)).toBe(text);
    expect(JSON.parse(text)).toEqual(fullPack());
  });
});

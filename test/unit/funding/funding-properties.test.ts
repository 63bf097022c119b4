/**
 * Properties over random subjects and random rule packs: support never exceeds the cap, never
 * falls when the eligible base grows (for schedules that are monotone: rates, interest, brackets
 * on the whole base with rising rates, marginal brackets, and every shipped example), and any
 * valid pack survives export and import unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldDefinition, FIELD_NAMES, type FieldName } from '../../../shared/funding/subject-fields';
import { computeSupport } from '../../../shared/funding/support-computation';
import type { Support } from '../../../shared/funding/support';
import { FundingPackSchema, PACK_FORMAT, PROGRAMME_TYPES } from '../../../shared/funding/pack-schema';
import { packToText, parsePackText } from '../../../shared/funding/pack-text';
import { SHIPPED_PACKS } from '../../../shared/funding/shipped';
import { testPack, testProgramme } from '../support/pack-builders';
import { subject } from './pack-fixtures';

const RUNS = { seed: 4_242, numRuns: 300 };
const MONEY_FIELDS = FIELD_NAMES.filter((f) => fieldDefinition(f).kind === 'money');

const fen = fc.integer({ min: 0, max: 1e14 });
const ppm = fc.integer({ min: 0, max: 1_000_000 });
const capFen = fc.option(fc.integer({ min: 0, max: 1e12 }), { nil: undefined });
const toYuan = (f: number) => f / 100;

const MONEY_COUNT = { minLength: MONEY_FIELDS.length, maxLength: MONEY_FIELDS.length };

/** Every amount fact, and the loan and lease terms, as a subject. */
function factsSubject(amountsFen: number[], hundredthsOfYears: number) {
  const given: Record<'enterprise' | 'project', Record<string, number>> = { enterprise: {}, project: {} };
  MONEY_FIELDS.forEach((f, i) => {
    const [part, key] = f.split('.') as ['enterprise' | 'project', string];
    given[part][key] = toYuan(amountsFen[i]!);
  });
  given.project.loanYears = hundredthsOfYears / 100;
  given.project.leaseYears = hundredthsOfYears / 100;
  return subject(given);
}

/** The same facts with every amount and term raised by a non-negative step. */
const pairOfSubjects = fc
  .tuple(
    fc.array(fen, MONEY_COUNT),
    fc.array(fen, MONEY_COUNT),
    fc.integer({ min: 0, max: 5000 }),
    fc.integer({ min: 0, max: 5000 }),
  )
  .map(
    ([low, step, years, moreYears]) =>
      [
        factsSubject(low, years),
        factsSubject(
          low.map((v, i) => v + step[i]!),
          years + moreYears,
        ),
      ] as const,
  );

const base = fc.uniqueArray(fc.constantFrom(...MONEY_FIELDS), { minLength: 1, maxLength: 3 });

const rateSupport = fc.record({ base, ppm, cap: capFen }).map(({ base, ppm, cap }): Support => ({
  kind: 'rate',
  base,
  rate: ppm / 1e6,
  capYuan: cap === undefined ? undefined : toYuan(cap),
}));

/** Whole-base brackets with rates that never fall, or marginal brackets with any rates. */
const tieredSupport = fc
  .record({
    base,
    edges: fc.uniqueArray(fc.integer({ min: 1, max: 1e12 }), { minLength: 0, maxLength: 5 }),
    start: fc.integer({ min: 0, max: 1e9 }),
    rates: fc.array(ppm, { minLength: 6, maxLength: 6 }),
    on: fc.constantFrom('whole' as const, 'excess' as const),
    cap: capFen,
  })
  .map(({ base, edges, start, rates, on, cap }): Support => {
    const bounds = [start, ...edges.map((e) => e + start).sort((a, b) => a - b)];
    const sortedRates = on === 'whole' ? [...rates].sort((a, b) => a - b) : rates;
    return {
      kind: 'tiers',
      base,
      tiers: bounds.map((from, i) => ({
        fromYuan: toYuan(from),
        ...(i + 1 < bounds.length ? { toYuan: toYuan(bounds[i + 1]!) } : {}),
        rate: sortedRates[i]! / 1e6,
        on,
      })),
      capYuan: cap === undefined ? undefined : toYuan(cap),
    };
  });

const interestSupport = fc
  .record({
    which: fc.constantFrom('loan', 'lease'),
    ppm,
    maxYears: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
    cap: capFen,
  })
  .map(({ which, ppm, maxYears, cap }): Support => ({
    kind: 'interest',
    principal: `project.${which}PrincipalYuan` as FieldName,
    years: `project.${which}Years` as FieldName,
    ratePoints: ppm / 1e6,
    maxYears,
    capYuan: cap === undefined ? undefined : toYuan(cap),
  }));

const SHIPPED_SUPPORTS = SHIPPED_PACKS.flatMap((p) => p.programmes)
  .map((p) => p.support)
  .filter((s) => s.kind !== 'none');

const anySupport = fc.oneof(
  rateSupport,
  tieredSupport,
  interestSupport,
  fc.constantFrom(...SHIPPED_SUPPORTS),
);

describe('support properties', () => {
  it('random schedules are valid rule pack supports', () => {
    fc.assert(
      fc.property(anySupport, (support) => {
        const parsed = FundingPackSchema.safeParse(
          testPack('p', { zh: 'p' }, [
            testProgramme({
              id: 'x',
              name: { zh: 'x' },
              support: JSON.parse(JSON.stringify(support)) as Record<string, unknown>,
              source: { document: 'x' },
            }),
          ]),
        );
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never exceeds the cap, and never decreases when the base grows', () => {
    fc.assert(
      fc.property(anySupport, pairOfSubjects, (support, [low, high]) => {
        const a = computeSupport(support, low, false);
        const b = computeSupport(support, high, false);
        expect(a.amountFen).not.toBeNull();
        if (a.capFen !== null) expect(a.amountFen!).toBeLessThanOrEqual(a.capFen);
        expect(b.amountFen!).toBeGreaterThanOrEqual(a.amountFen!);
        expect(Number.isSafeInteger(a.amountFen)).toBe(true);
        expect(a.amountFen!).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('a rate never pays more than base × rate, and less by under a fen', () => {
    fc.assert(
      fc.property(rateSupport, pairOfSubjects, (support, [s]) => {
        const e = computeSupport(support, s, false);
        if (support.kind !== 'rate' || e.capApplied) return;
        const exact = (BigInt(e.baseFen!) * BigInt(Math.round(support.rate * 1e6))) / 1_000_000n;
        expect(BigInt(e.amountFen!)).toBe(exact);
      }),
      RUNS,
    );
  });
});

const textArb = fc.record(
  {
    zh: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ''),
    en: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ''),
  },
  { requiredKeys: ['zh'] },
);

function comparisonFor(field: FieldName): fc.Arbitrary<unknown> {
  const def = fieldDefinition(field);
  const codes = (def.codes ?? []).map((c) => c.code);
  switch (def.kind) {
    case 'flag':
      return fc.record({ field: fc.constant(field), op: fc.constantFrom('eq', 'ne'), value: fc.boolean() });
    case 'code':
      return fc.oneof(
        fc.record({
          field: fc.constant(field),
          op: fc.constantFrom('eq', 'ne'),
          value: fc.constantFrom(...codes),
        }),
        fc.record({
          field: fc.constant(field),
          op: fc.constantFrom('in', 'notIn'),
          values: fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 3 }),
        }),
      );
    default:
      return fc.record({
        field: fc.constant(field),
        op: fc.constantFrom('eq', 'ne', 'lt', 'lte', 'gt', 'gte'),
        value: def.kind === 'money' ? fen.map(toYuan) : fc.integer({ min: 0, max: 1e9 }).map((n) => n / 100),
      });
  }
}

const condition = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    fc.constantFrom(...FIELD_NAMES).chain(comparisonFor),
    fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node;

const programme = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/),
    issuer: textArb,
    year: fc.integer({ min: 1990, max: 2100 }),
    type: fc.constantFrom(...PROGRAMME_TYPES),
    name: textArb,
    eligibility: condition,
    support: anySupport.map((s) => JSON.parse(JSON.stringify(s)) as unknown),
    source: fc.record(
      { document: fc.constant('测试〔2025〕1号'), url: fc.constant('https://example.invalid/') },
      { requiredKeys: ['document'] },
    ),
    notes: textArb,
    checkCurrentNotice: fc.boolean(),
    verify: fc.boolean(),
    example: fc.boolean(),
  },
  {
    requiredKeys: [
      'id',
      'issuer',
      'year',
      'type',
      'name',
      'support',
      'source',
      'checkCurrentNotice',
      'verify',
      'example',
    ],
  },
);

describe('pack round trip', () => {
  it('export then import gives the same pack and the same text', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(programme, { minLength: 1, maxLength: 4, selector: (p) => p.id }),
        textArb,
        (programmes, name) => {
          const raw = { format: PACK_FORMAT, formatVersion: 1, id: 'random-pack', name, programmes };
          const pack = FundingPackSchema.parse(raw);
          expect(pack).toEqual(raw);
          const text = packToText(pack);
          const back = parsePackText(text);
          expect(back.ok && back.pack).toEqual(pack);
          expect(back.ok && packToText(back.pack)).toBe(text);
        },
      ),
      { seed: 777, numRuns: 200 },
    );
  });
});

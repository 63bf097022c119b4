/**
 * Properties of the application readiness score over arbitrary facts: it stays within 0–100, the
 * parts add up to it exactly, it is 100 exactly when no gap is left, and filling any gap it lists
 * never lowers it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applicationReadiness,
  PROJECT_FIELDS,
  READINESS_WEIGHTS,
  type EligibilityFacts,
  type ReadinessFacts,
} from '../../../shared/drafts/application-readiness';
import type { ApplicationReadinessGap } from '../../../shared/drafts/drafts-api';
import { NARRATIVE_SECTIONS } from '../../../shared/drafts/narrative-sections';
import { LANGS } from '../../../shared/i18n/messages';

const name = { zh: '某资助', en: 'Some programme' };
const fact = { zh: '已备案', en: 'Filed' };

const eligibility: fc.Arbitrary<EligibilityFacts> = fc.oneof(
  fc.constant({ state: 'none' as const }),
  fc.constant({ state: 'gone' as const, programme: 'p/q' }),
  fc.constantFrom('eligible', 'not_eligible', 'undetermined').map((status): EligibilityFacts => ({
    state: 'evaluated',
    programme: 'p/q',
    name,
    status: status as 'eligible',
    unknownFacts: status === 'undetermined' ? [fact] : [],
    unmet: status === 'not_eligible' ? [fact] : [],
  })),
);

const facts: fc.Arbitrary<ReadinessFacts> = fc
  .record({
    project: fc.record(
      Object.fromEntries(
        PROJECT_FIELDS.map((f) => [f, fc.constantFrom<string | null>(null, '', '  ', 'x')]),
      ) as Record<(typeof PROJECT_FIELDS)[number], fc.Arbitrary<string | null>>,
    ),
    uscc: fc.constantFrom<[string | null, boolean]>(
      [null, false],
      ['914403001922038216', true],
      ['91440300X', false],
    ),
    hasProfileYear: fc.boolean(),
    amounts: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1e9 })), { maxLength: 4 }),
    financing: fc.oneof(fc.constant('equal'), fc.constant('none'), fc.integer({ min: 1, max: 1e9 })),
    benefitCount: fc.nat(3),
    narratives: fc.array(fc.boolean(), {
      minLength: NARRATIVE_SECTIONS.length,
      maxLength: NARRATIVE_SECTIONS.length,
    }),
    attachments: fc.array(fc.record({ required: fc.boolean(), ready: fc.boolean(), files: fc.nat(2) }), {
      maxLength: 15,
    }),
    eligibility,
  })
  .map((r): ReadinessFacts => {
    const investmentFen = r.amounts.reduce((a, b) => a + b, 0);
    return {
      projectId: 1,
      enterpriseId: 1,
      project: r.project,
      enterprise: { uscc: r.uscc[0], usccValid: r.uscc[1], hasProfileYear: r.hasProfileYear },
      lines: r.amounts.map((amountFen, i) => ({ id: i + 1, name: `L${i + 1}`, amountFen })),
      investmentFen,
      financingFen: r.financing === 'equal' ? investmentFen : r.financing === 'none' ? 0 : r.financing,
      benefitCount: r.benefitCount,
      narratives: NARRATIVE_SECTIONS.map((s, i) => ({ key: s.key, title: s.zh, written: r.narratives[i]! })),
      attachments: r.attachments.map((a, i) => ({ key: `item_${i}`, title: `附件${i}`, ...a })),
      eligibility: r.eligibility,
    };
  });

const clone = (f: ReadinessFacts): ReadinessFacts => JSON.parse(JSON.stringify(f)) as ReadinessFacts;

/**
 * What the user does to close the gap, and nothing else. Pricing a line at ¥0 also raises the
 * investment; a user whose financing matched it raises the financing with it, as the amounts part
 * asks, rather than trade one gap for another.
 */
function fill(f: ReadinessFacts, gap: ApplicationReadinessGap): ReadinessFacts {
  const next = clone(f);
  const anchor = gap.fix.anchor;
  switch (gap.fix.page) {
    case 'project':
      next.project[anchor as (typeof PROJECT_FIELDS)[number]] = '已填';
      break;
    case 'enterprise':
      if (anchor === 'uscc')
        next.enterprise = { ...next.enterprise, uscc: '914403001922038216', usccValid: true };
      else next.enterprise.hasProfileYear = true;
      break;
    case 'narratives':
      next.narratives.find((n) => n.key === anchor)!.written = true;
      break;
    case 'attachments':
      next.attachments.find((a) => a.key === anchor)!.ready = true;
      break;
    case 'project-lines': {
      const matched = next.financingFen > 0 && next.financingFen === next.investmentFen;
      if (anchor === null) next.lines.push({ id: 99, name: '新增', amountFen: 100 });
      else next.lines.find((l) => `line:${l.id}` === anchor)!.amountFen = 100;
      next.investmentFen += 100;
      if (matched) next.financingFen += 100;
      break;
    }
    case 'project-financing':
      if (next.investmentFen === 0) {
        next.lines.push({ id: 99, name: '新增', amountFen: 100 });
        next.investmentFen = 100;
      }
      next.financingFen = next.investmentFen;
      break;
    case 'project-benefits':
      next.benefitCount = 1;
      break;
    case 'funding':
      next.eligibility = {
        state: 'evaluated',
        programme: 'p/q',
        name,
        status: 'eligible',
        unknownFacts: [],
        unmet: [],
      };
      break;
    default:
      throw new Error(`no fill for ${gap.fix.page}`);
  }
  return next;
}

describe('application readiness properties', () => {
  it('has weights adding up to 100', () => {
    expect(Object.values(READINESS_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('scores 0–100 as the exact sum of its parts, 100 only with no gap left', () => {
    fc.assert(
      fc.property(facts, fc.constantFrom(...LANGS), (f, lang) => {
        const r = applicationReadiness(f, lang);
        expect(Number.isInteger(r.score)).toBe(true);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(r.parts.reduce((s, p) => s + p.points, 0)).toBe(r.score);
        for (const p of r.parts) {
          expect(Number.isInteger(p.points) && p.points >= 0 && p.points <= p.weight).toBe(true);
        }
        expect(r.score === 100).toBe(r.gaps.length === 0);
      }),
      { seed: 6006, numRuns: 500 },
    );
  });

  it('never falls when any gap it lists is filled, and that gap goes', () => {
    fc.assert(
      fc.property(facts, fc.nat(), (f, pick) => {
        const before = applicationReadiness(f, 'zh-CN');
        fc.pre(before.gaps.length > 0);
        const gap = before.gaps[pick % before.gaps.length]!;
        const after = applicationReadiness(fill(f, gap), 'zh-CN');
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(after.gaps).not.toContainEqual(gap);
      }),
      { seed: 6007, numRuns: 1000 },
    );
  });
});

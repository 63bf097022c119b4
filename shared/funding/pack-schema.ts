/**
 * The rule pack format: programmes as data that a user can read, edit, import and export as JSON.
 * The schema is strict (an unknown key is an error, not dropped), which is what makes an import
 * followed by an export lossless: whatever a pack says is either kept or refused with its path.
 */
import { z } from 'zod';
import { isCalendarDate } from '../assessment/assessment-api';
import { yuanAmount } from '../enterprise/enterprise-schema';
import { bilingualTextSchema } from './bilingual-text';
import { ConditionSchema } from './condition-schema';
import { hasAtMostSixDecimals } from './fen-rates';
import { fieldDefinition, FIELD_NAMES, isFieldName, type FieldKind, type FieldName } from './subject-fields';
import type { Support, Tier } from './support';

export const PACK_FORMAT = 'retrofit-planner.funding-pack';
export const PACK_FORMAT_VERSION = 1;

export const PROGRAMME_TYPES = [
  'award',
  'subsidy',
  'interest_subsidy',
  'leasing_subsidy',
  'on_lending',
  'check',
] as const;
export type ProgrammeType = (typeof PROGRAMME_TYPES)[number];

export const PackId = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, { message: 'funding.idFormat' });

const Rate = z
  .number()
  .finite()
  .min(0, { message: 'funding.rateRange' })
  .max(1, { message: 'funding.rateRange' })
  .refine(hasAtMostSixDecimals, { message: 'funding.rateDecimals' });

const NOT_OF_KIND: Partial<Record<FieldKind, string>> = {
  money: 'funding.fieldNotMoney',
  quantity: 'funding.fieldNotQuantity',
};

/** A fact named where a computation needs one of a kind: an amount for a base, a number of years. */
const fieldOf = (kind: 'money' | 'quantity') =>
  z.string().superRefine((name, ctx) => {
    const fields = FIELD_NAMES.filter((f) => fieldDefinition(f).kind === kind).join(', ');
    if (!isFieldName(name) || fieldDefinition(name).kind !== kind) {
      const key = isFieldName(name) ? NOT_OF_KIND[kind]! : 'funding.unknownField';
      ctx.addIssue({ code: 'custom', message: key, params: { field: name, fields } });
    }
  }) as unknown as z.ZodType<FieldName, string>;

const Base = z.array(fieldOf('money')).min(1).max(10);

const TierSchema = z.strictObject({
  fromYuan: yuanAmount,
  toYuan: yuanAmount.optional(),
  rate: Rate,
  on: z.enum(['whole', 'excess']),
});

/** Brackets follow on without gaps or overlaps, so every base falls in exactly one. */
function checkTiers(tiers: Tier[], ctx: z.RefinementCtx): void {
  tiers.forEach((t, i) => {
    if (t.toYuan !== undefined && t.toYuan <= t.fromYuan) {
      ctx.addIssue({ code: 'custom', message: 'funding.tierEmpty', path: [i, 'toYuan'] });
    }
    if (i === tiers.length - 1) return;
    const next = tiers[i + 1]!;
    if (t.toYuan === undefined) {
      ctx.addIssue({ code: 'custom', message: 'funding.tierOpenNotLast', path: [i, 'toYuan'] });
    } else if (next.fromYuan !== t.toYuan) {
      ctx.addIssue({
        code: 'custom',
        message: 'funding.tierGap',
        path: [i + 1, 'fromYuan'],
        params: { from: next.fromYuan, previousTo: t.toYuan },
      });
    }
  });
}

const SupportSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('rate'), base: Base, rate: Rate, capYuan: yuanAmount.optional() }),
    z.strictObject({
      kind: z.literal('tiers'),
      base: Base,
      tiers: z.array(TierSchema).min(1).max(50).superRefine(checkTiers),
      capYuan: yuanAmount.optional(),
    }),
    z.strictObject({
      kind: z.literal('interest'),
      principal: fieldOf('money'),
      years: fieldOf('quantity'),
      ratePoints: Rate,
      maxYears: z.number().finite().positive().max(100).optional(),
      capYuan: yuanAmount.optional(),
    }),
    z.strictObject({ kind: z.literal('none') }),
  ],
  { error: 'funding.supportKind' },
) as z.ZodType<Support>;

/** A document the programme asks for: it joins the attachment checklist of a project applying to it. */
const DocumentSchema = z.strictObject({
  id: PackId,
  name: bilingualTextSchema(200),
  required: z.boolean(),
});

const Documents = z
  .array(DocumentSchema)
  .min(1)
  .max(100)
  .superRefine((docs, ctx) => {
    const seen = new Set<string>();
    docs.forEach((d, i) => {
      if (seen.has(d.id)) {
        ctx.addIssue({
          code: 'custom',
          message: 'funding.duplicateDocumentId',
          path: [i, 'id'],
          params: { id: d.id },
        });
      }
      seen.add(d.id);
    });
  });

const PackDate = z.string().max(10).refine(isCalendarDate, { message: 'assessment.dateInvalid' });

/** When applications are taken; either end may be unknown. Dates are YYYY-MM-DD, so text order is date order. */
const ApplicationWindow = z
  .strictObject({ opens: PackDate.optional(), closes: PackDate.optional() })
  .superRefine((w, ctx) => {
    if (w.opens !== undefined && w.closes !== undefined && w.closes < w.opens) {
      ctx.addIssue({
        code: 'custom',
        message: 'funding.windowOrder',
        path: ['closes'],
        params: { opens: w.opens, closes: w.closes },
      });
    }
  });

export const ProgrammeSchema = z.strictObject({
  id: PackId,
  issuer: bilingualTextSchema(200),
  year: z.number().int().min(1990).max(2100),
  type: z.enum(PROGRAMME_TYPES),
  name: bilingualTextSchema(300),
  /** Absent: open to every subject. */
  eligibility: ConditionSchema.optional(),
  support: SupportSchema,
  source: z.strictObject({
    document: z.string().trim().min(1).max(300),
    url: z.string().trim().max(1000).optional(),
  }),
  notes: bilingualTextSchema(4000).optional(),
  /**
   * Optional, so packs written before these fields existed stay valid under the same format
   * version. Documents: what the programme asks to be attached, beyond the usual list.
   */
  documents: Documents.optional(),
  applicationWindow: ApplicationWindow.optional(),
  /** The programme changes every year: the user must check the current notice before relying on it. */
  checkCurrentNotice: z.boolean(),
  /** The figures come from secondary sources only (DOMAIN.md's [verify]). */
  verify: z.boolean(),
  /** Shipped as an example of the format, not as advice. */
  example: z.boolean(),
});

export const FundingPackSchema = z
  .strictObject({
    format: z.literal(PACK_FORMAT, { message: 'funding.notAPack' }),
    formatVersion: z
      .number()
      .int()
      .superRefine((found, ctx) => {
        if (found < 1 || found > PACK_FORMAT_VERSION) {
          ctx.addIssue({
            code: 'custom',
            message: 'funding.formatVersion',
            params: { found, supported: PACK_FORMAT_VERSION },
          });
        }
      }),
    id: PackId,
    name: bilingualTextSchema(200),
    description: bilingualTextSchema(4000).optional(),
    programmes: z.array(ProgrammeSchema).min(1).max(200),
  })
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.programmes.forEach((p, i) => {
      if (seen.has(p.id)) {
        ctx.addIssue({
          code: 'custom',
          message: 'funding.duplicateId',
          path: ['programmes', i, 'id'],
          params: { id: p.id },
        });
      }
      seen.add(p.id);
    });
  });

export type FundingPack = z.output<typeof FundingPackSchema>;
export type Programme = FundingPack['programmes'][number];

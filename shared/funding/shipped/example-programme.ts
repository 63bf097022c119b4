import type { z } from 'zod';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type FundingPackSchema } from '../pack-schema';

export type PackInput = z.input<typeof FundingPackSchema>;
export type ProgrammeInput = PackInput['programmes'][number];

/**
 * Every shipped programme is an example of DOMAIN.md §9: its figures were found only in secondary
 * sources ([verify]) and change every year, so the user must check the current notice.
 */
export const EXAMPLE_FLAGS = { checkCurrentNotice: true, verify: true, example: true } as const;

export const packHeader = (
  id: string,
  name: { zh: string; en: string },
): Pick<PackInput, 'format' | 'formatVersion' | 'id' | 'name'> => ({
  format: PACK_FORMAT,
  formatVersion: PACK_FORMAT_VERSION,
  id,
  name,
});

export const filed = { field: 'project.filed', op: 'eq', value: true };
export const inShenzhen = { field: 'enterprise.district', op: 'notIn', values: ['outside'] };
export const positive = (field: string) => ({ field, op: 'gt', value: 0 });

type Text = { zh: string; en: string };
type DocumentInput = NonNullable<ProgrammeInput['documents']>[number];

/**
 * A document a programme asks for. An id equal to a key of the usual checklist (DOMAIN.md §10,
 * shared/drafts/attachment-checklist.ts) names that item, so a project's checklist lists it once.
 */
export const doc = (id: string, name: Text, required = true): DocumentInput => ({ id, name, required });

/** The documents the shipped programmes name are typical ones; the year's notice has the real list. */
const DOCUMENTS_NOTE: Text = {
  zh: '所列申报材料为常见要求的示例，申报时间和材料清单以当年申报通知为准。',
  en: "The documents listed are typical examples; the year's notice sets the application dates and the list.",
};

export const withDocumentsNote = (notes: Text): Text => ({
  zh: `${notes.zh}${DOCUMENTS_NOTE.zh}`,
  en: `${notes.en} ${DOCUMENTS_NOTE.en}`,
});

/** Documents most programmes of the Shenzhen examples ask for. */
export const SHENZHEN_DOCUMENTS = {
  filing: doc('filing_certificate', {
    zh: '深圳市社会投资项目备案证',
    en: 'Shenzhen investment project filing certificate',
  }),
  audit: doc('special-audit-report', {
    zh: '会计师事务所出具的技术改造投资专项审计报告',
    en: 'Special audit report on the transformation investment by an accounting firm',
  }),
  invoices: doc('invoices_payments', {
    zh: '设备、软件购置发票及付款凭证',
    en: 'Invoices and payment vouchers for the equipment and software',
  }),
  commitment: doc('credit-commitment', { zh: '信用承诺书', en: 'Credit commitment letter' }),
};

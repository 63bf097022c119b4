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

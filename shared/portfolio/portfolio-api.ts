/** The consultant's view over every client in the workspace (issue 6). */
import { z } from 'zod';
import { LangSchema } from '../opportunities/opportunities-api';

export const PortfolioRequestSchema = z.strictObject({
  lang: LangSchema.optional(),
  /** Reference year for indicators and readiness; defaults to the current year. */
  year: z.number().int().min(1990).max(2100).optional(),
});

export interface PortfolioDeadline {
  /** YYYY-MM-DD. */
  date: string;
  /** A programme's closing date or a project milestone, in the requested language. */
  what: string;
  projectId: number | null;
}

export interface PortfolioRow {
  enterpriseId: number;
  name: string;
  uscc: string | null;
  district: string | null;
  equipmentRows: number;
  /** Readiness scores 0–100 (null when the register is empty). */
  smartFactory: number | null;
  energySaving: number | null;
  automation: number | null;
  /** The newest self-assessment's level (1–5 with decimals), null when none. */
  maturityLevel: number | null;
  projects: number;
  /** Projects neither completed nor cancelled. */
  openProjects: number;
  /** The highest application readiness among its open projects; null when it has none. */
  applicationReadiness: number | null;
  applicationReadinessProjectId: number | null;
  /** The nearest deadline from today on, or null. */
  nextDeadline: PortfolioDeadline | null;
  updatedAt: string;
}

export interface Portfolio {
  year: number;
  rows: PortfolioRow[];
}

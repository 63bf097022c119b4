/**
 * What the tests compare the app with, kept apart from shared/ so that a mistake there cannot agree
 * with itself: DOMAIN.md §4's category groups and design lives written out again, and the fixture
 * registers' *.truth.jsonl files. Free of vitest so the Playwright specs can use it too.
 */
import fs from 'node:fs';

/** DOMAIN.md §4: the production categories (those counted for NC rates and data collection). */
export const PRODUCTION_CATEGORIES: readonly string[] = [
  'machine_tool',
  'injection_molding',
  'press',
  'smt',
  'robot',
  'laser',
  'assembly',
  'inspection',
];

/** DOMAIN.md §4: the categories driven by an electric motor. */
export const MOTOR_DRIVEN_CATEGORIES: readonly string[] = [
  'machine_tool',
  'injection_molding',
  'press',
  'compressor',
  'motor_pump_fan',
  'hvac',
];

/** DOMAIN.md §4: design life in years by category. */
export const DESIGN_LIFE_YEARS: Readonly<Record<string, number>> = {
  machine_tool: 15,
  injection_molding: 12,
  press: 15,
  smt: 10,
  robot: 10,
  laser: 10,
  assembly: 10,
  inspection: 10,
  compressor: 12,
  motor_pump_fan: 15,
  boiler: 15,
  generator: 15,
  hvac: 15,
  forklift: 8,
  other: 10,
};

/**
 * One object a line, typed as the caller reads it; the truth writes `year` for year_commissioned and
 * the status in Chinese.
 */
export function readTruth<T = Record<string, unknown>>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

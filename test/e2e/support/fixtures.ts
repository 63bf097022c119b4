/** The fixture registers the journeys import, by their path on disk. */
import path from 'node:path';

export const fixtureFile = (name: string) => path.resolve(import.meta.dirname, '../../fixtures', name);

export const MESSY_300 = fixtureFile('register-messy-300.xlsx');

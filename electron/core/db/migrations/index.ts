import initial from './0001-initial';
import equipmentRegister from './0002-equipment-register';
import maturityAssessment from './0003-maturity-assessment';
import projectsOpportunities from './0004-projects-opportunities';
import fundingPacks from './0005-funding-packs';
import scenariosAssumptions from './0006-scenarios-assumptions';
import projectStatedFacts from './0007-project-stated-facts';
import applicationDrafts from './0008-application-drafts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** In order; a unit test checks the versions run 1, 2, 3… without gaps. */
export const MIGRATIONS: Migration[] = [
  initial,
  equipmentRegister,
  maturityAssessment,
  projectsOpportunities,
  fundingPacks,
  scenariosAssumptions,
  projectStatedFacts,
  applicationDrafts,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length === 0 ? 0 : MIGRATIONS[MIGRATIONS.length - 1]!.version;

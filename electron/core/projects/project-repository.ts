/**
 * Projects in the workspace: the plan in its own row, the items through ProjectItems. A project
 * belongs to a live enterprise; deleting one hides it until purged, so the deletion can be undone
 * exactly, as with enterprises and assessments.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { StatedProjectFacts } from '../../../shared/funding/funding-subject';
import type { EnergyBasisInput } from '../../../shared/energy/energy-basis';
import type { DirectionCode } from '../../../shared/projects/directions';
import {
  DEFAULT_DISCOUNT_RATE,
  DEFAULT_HORIZON_YEARS,
  projectFigures,
} from '../../../shared/projects/project-figures';
import type {
  BenefitChanges,
  FinancingChanges,
  LineChanges,
  Milestone,
  Project,
  ProjectChanges,
  ProjectCreate,
  ProjectStatus,
  ProjectSummary,
} from '../../../shared/projects/project-schema';
import { lineAmountFen, MAX_FEN } from '../../../shared/projects/project-schema';
import type { ProjectDetail } from '../../../shared/projects/projects-api';
import { changedColumns } from '../db/changed-columns';
import {
  assertLiveEnterprise,
  markDeleted,
  markRestored,
  purgeDeleted,
  rowOrNotFound,
} from '../db/soft-delete';
import { ProjectItems, type ItemKind, type NewBenefit, type NewLine } from './project-items';

interface ProjectRow {
  id: number;
  enterprise_id: number;
  name: string;
  direction: DirectionCode;
  description: string | null;
  site: string | null;
  start_date: string | null;
  end_date: string | null;
  status: ProjectStatus;
  milestones_json: string;
  discount_rate: number;
  horizon_years: number;
  energy_basis_json: string;
  stated_facts_json: string;
  created_at: string;
  updated_at: string;
}

/** Only live projects of live enterprises are visible. */
const LIVE = `FROM project p JOIN enterprise e ON e.id = p.enterprise_id
  WHERE p.deleted_at IS NULL AND e.deleted_at IS NULL`;

const COLUMN_OF = {
  name: 'name',
  direction: 'direction',
  description: 'description',
  site: 'site',
  startDate: 'start_date',
  endDate: 'end_date',
  status: 'status',
  discountRate: 'discount_rate',
  horizonYears: 'horizon_years',
} as const;

const milestonesOf = (list: ProjectChanges['milestones']): Milestone[] =>
  (list ?? []).map((m) => ({ name: m.name, date: m.date ?? null, done: m.done ?? false }));

export function withFigures(project: Project): ProjectDetail {
  return { ...project, figures: projectFigures(project) };
}

export class ProjectRepository {
  readonly items: ProjectItems;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.items = new ProjectItems(db);
  }

  assertEnterprise(enterpriseId: number): void {
    assertLiveEnterprise(this.db, enterpriseId);
  }

  private row(id: number): ProjectRow {
    return rowOrNotFound<ProjectRow>(this.db, `SELECT p.* ${LIVE} AND p.id = ?`, 'project', id);
  }

  private assemble(r: ProjectRow): Project {
    return {
      id: r.id,
      enterpriseId: r.enterprise_id,
      name: r.name,
      direction: r.direction,
      description: r.description,
      site: r.site,
      startDate: r.start_date,
      endDate: r.end_date,
      status: r.status,
      milestones: JSON.parse(r.milestones_json) as Milestone[],
      discountRate: r.discount_rate,
      horizonYears: r.horizon_years,
      energyBasis: JSON.parse(r.energy_basis_json) as EnergyBasisInput,
      statedFacts: JSON.parse(r.stated_facts_json) as StatedProjectFacts,
      lines: this.items.lines(r.id),
      financing: this.items.financing(r.id),
      benefits: this.items.benefits(r.id),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  get(id: number): Project {
    return this.assemble(this.row(id));
  }

  detail(id: number): ProjectDetail {
    return withFigures(this.get(id));
  }

  /** Newest first. */
  list(enterpriseId: number): ProjectSummary[] {
    this.assertEnterprise(enterpriseId);
    const rows = this.db
      .prepare(`SELECT p.* ${LIVE} AND p.enterprise_id = ? ORDER BY p.created_at DESC, p.id DESC`)
      .all(enterpriseId) as ProjectRow[];
    return rows.map((r) => {
      const { figures } = withFigures(this.assemble(r));
      return {
        id: r.id,
        enterpriseId: r.enterprise_id,
        name: r.name,
        direction: r.direction,
        status: r.status,
        startDate: r.start_date,
        endDate: r.end_date,
        totalInvestmentFen: figures.investment.totalFen,
        annualCostSavingFen: figures.benefits.annualCostSavingFen,
        simplePaybackYears: figures.returns.simplePaybackYears,
        updatedAt: r.updated_at,
      };
    });
  }

  /** Nested in the caller's transaction when there is one (proposals accepted into a new project). */
  create(input: ProjectCreate): Project {
    return this.write(() => {
      this.assertEnterprise(input.enterpriseId);
      const ts = this.now().toISOString();
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO project (enterprise_id, name, direction, description, site, start_date, end_date, status,
           milestones_json, discount_rate, horizon_years, energy_basis_json, stated_facts_json, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.enterpriseId,
          input.name,
          input.direction,
          input.description ?? null,
          input.site ?? null,
          input.startDate ?? null,
          input.endDate ?? null,
          input.status ?? 'draft',
          JSON.stringify(milestonesOf(input.milestones)),
          input.discountRate ?? DEFAULT_DISCOUNT_RATE,
          input.horizonYears ?? DEFAULT_HORIZON_YEARS,
          JSON.stringify(input.energyBasis ?? {}),
          JSON.stringify(input.statedFacts ?? {}),
          ts,
          ts,
        );
      return this.get(Number(lastInsertRowid));
    });
  }

  /** Marks the project changed; inside the caller's transaction. */
  touch(id: number): void {
    this.db.prepare('UPDATE project SET updated_at = ? WHERE id = ?').run(this.now().toISOString(), id);
  }

  /** Nested calls become savepoints of the outer transaction. */
  private write<T>(run: () => T): T {
    return this.db.transaction(run).immediate();
  }

  update(id: number, changes: ProjectChanges): Project {
    return this.write(() => {
      const current = this.row(id);
      const start = changes.startDate !== undefined ? changes.startDate : current.start_date;
      const end = changes.endDate !== undefined ? changes.endDate : current.end_date;
      if (start && end && end < start) {
        throw new AppError('VALIDATION', {}, [
          { path: ['changes', 'endDate'], key: 'projects.endBeforeStart', params: {} },
        ]);
      }
      const { sets, values } = changedColumns(COLUMN_OF, changes);
      if (changes.milestones !== undefined) {
        sets.push('milestones_json = ?');
        values.push(JSON.stringify(milestonesOf(changes.milestones)));
      }
      if (changes.energyBasis !== undefined) {
        sets.push('energy_basis_json = ?');
        values.push(JSON.stringify(changes.energyBasis));
      }
      if (changes.statedFacts !== undefined) {
        sets.push('stated_facts_json = ?');
        values.push(JSON.stringify(changes.statedFacts));
      }
      sets.push('updated_at = ?');
      values.push(this.now().toISOString());
      this.db.prepare(`UPDATE project SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
      return this.get(id);
    });
  }

  delete(id: number): { id: number; name: string } {
    return this.write(() => {
      const row = this.row(id);
      markDeleted(this.db, 'project', id, this.now());
      return { id, name: row.name };
    });
  }

  undoDelete(id: number): Project {
    return this.write(() => {
      markRestored(this.db, 'project', id);
      return this.get(id);
    });
  }

  purgeDeletedBefore(cutoff: Date): number {
    return purgeDeleted(this.db, 'project', cutoff);
  }

  // ---- items -----------------------------------------------------------------------------------

  /**
   * Inside the caller's transaction; `path` is where the lines sit in the caller's input. The
   * project is looked up once, so a proposal's thousands of lines cost one insert each.
   */
  insertLines(projectId: number, lines: readonly NewLine[], path: (string | number)[] = ['line']): void {
    const enterpriseId = this.row(projectId).enterprise_id;
    for (const line of lines) {
      const { equipment, ...fields } = line;
      const id = this.items.add('line', projectId, fields);
      if (equipment) this.items.setLinks(id, enterpriseId, equipment, [...path, 'equipment']);
    }
  }

  insertBenefit(projectId: number, benefit: NewBenefit): number {
    this.row(projectId);
    const { energy, ...fields } = benefit;
    const id = this.items.add('benefit', projectId, fields);
    if (energy) this.items.setEnergy(id, energy);
    return id;
  }

  addLine(projectId: number, line: NewLine): Project {
    return this.write(() => {
      this.insertLines(projectId, [line]);
      return this.touched(projectId);
    });
  }

  updateLine(projectId: number, lineId: number, changes: LineChanges): Project {
    return this.write(() => {
      const project = this.row(projectId);
      this.items.assertOwned('line', projectId, lineId);
      if (lineAmountFen(this.items.lineAfter(lineId, changes)) > MAX_FEN) {
        throw new AppError('VALIDATION', {}, [
          { path: ['changes', 'unitPriceFen'], key: 'projects.amountTooLarge', params: {} },
        ]);
      }
      const { equipment, ...fields } = changes;
      this.items.update('line', lineId, fields);
      if (equipment) this.items.setLinks(lineId, project.enterprise_id, equipment, ['changes', 'equipment']);
      return this.touched(projectId);
    });
  }

  addFinancing(projectId: number, financing: FinancingChanges): Project {
    return this.write(() => {
      this.row(projectId);
      this.items.add('financing', projectId, financing);
      return this.touched(projectId);
    });
  }

  updateFinancing(projectId: number, financingId: number, changes: FinancingChanges): Project {
    return this.write(() => {
      this.row(projectId);
      this.items.assertOwned('financing', projectId, financingId);
      this.items.update('financing', financingId, changes);
      return this.touched(projectId);
    });
  }

  addBenefit(projectId: number, benefit: BenefitChanges): Project {
    return this.write(() => {
      this.insertBenefit(projectId, benefit);
      return this.touched(projectId);
    });
  }

  updateBenefit(projectId: number, benefitId: number, changes: BenefitChanges): Project {
    return this.write(() => {
      this.row(projectId);
      this.items.assertOwned('benefit', projectId, benefitId);
      const { energy, ...fields } = changes;
      this.items.update('benefit', benefitId, fields);
      if (energy) this.items.setEnergy(benefitId, energy);
      return this.touched(projectId);
    });
  }

  removeItem(kind: ItemKind, projectId: number, itemId: number): Project {
    return this.write(() => {
      this.row(projectId);
      this.items.assertOwned(kind, projectId, itemId);
      this.items.remove(kind, itemId);
      return this.touched(projectId);
    });
  }

  /** Marks the project changed and reads it back; inside the caller's transaction. */
  touched(projectId: number): Project {
    this.touch(projectId);
    return this.get(projectId);
  }

  /** The live project's enterprise; NOT_FOUND for a missing or deleted project. */
  enterpriseOf(projectId: number): number {
    return this.row(projectId).enterprise_id;
  }
}

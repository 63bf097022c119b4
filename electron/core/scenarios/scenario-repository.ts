/**
 * Stored scenarios: a name and an ordered list of the enterprise's projects. Deleting one hides it
 * until purged, so the deletion can be undone exactly, as with projects. A project deleted (still
 * restorable) drops out of the scenarios naming it and comes back with it; purged, it leaves them.
 */
import type Database from 'better-sqlite3';
import { AppError, type FieldIssue } from '../../../shared/api/errors';
import type { Scenario } from '../../../shared/scenarios/scenarios-api';
import {
  assertLiveEnterprise,
  markDeleted,
  markRestored,
  purgeDeleted,
  rowOrNotFound,
} from '../db/soft-delete';

interface ScenarioRow {
  id: number;
  enterprise_id: number;
  name: string;
  created_at: string;
  updated_at: string;
}

/** Only live scenarios of live enterprises are visible. */
const LIVE = `FROM scenario s JOIN enterprise e ON e.id = s.enterprise_id
  WHERE s.deleted_at IS NULL AND e.deleted_at IS NULL`;

export class ScenarioRepository {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private assertEnterprise(enterpriseId: number): void {
    assertLiveEnterprise(this.db, enterpriseId);
  }

  private row(id: number): ScenarioRow {
    return rowOrNotFound<ScenarioRow>(this.db, `SELECT s.* ${LIVE} AND s.id = ?`, 'scenario', id);
  }

  private projectIds(scenarioId: number): number[] {
    return (
      this.db
        .prepare(
          `SELECT sp.project_id AS id FROM scenario_project sp JOIN project p ON p.id = sp.project_id
            WHERE sp.scenario_id = ? AND p.deleted_at IS NULL ORDER BY sp.position`,
        )
        .all(scenarioId) as { id: number }[]
    ).map((r) => r.id);
  }

  private assemble(r: ScenarioRow): Scenario {
    return {
      id: r.id,
      enterpriseId: r.enterprise_id,
      name: r.name,
      projectIds: this.projectIds(r.id),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  /**
   * Every id must be a live project of the enterprise; the issues name each one that is not, at
   * its place in the caller's input.
   */
  assertProjects(enterpriseId: number, ids: readonly number[], path: (string | number)[]): void {
    if (ids.length === 0) return;
    const found = new Map(
      (
        this.db
          .prepare(
            `SELECT id, enterprise_id FROM project
              WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
          )
          .all(JSON.stringify(ids)) as { id: number; enterprise_id: number }[]
      ).map((r) => [r.id, r.enterprise_id]),
    );
    const issues: FieldIssue[] = [];
    ids.forEach((id, i) => {
      const owner = found.get(id);
      if (owner === undefined) {
        issues.push({ path: [...path, i], key: 'scenarios.projectNotFound', params: { id } });
      } else if (owner !== enterpriseId) {
        issues.push({ path: [...path, i], key: 'scenarios.projectOtherEnterprise', params: { id } });
      }
    });
    if (issues.length > 0) throw new AppError('VALIDATION', {}, issues);
  }

  /** Two scenarios of one name would be told apart only by their columns' order. */
  private assertNameFree(enterpriseId: number, name: string, except: number | null): void {
    const taken = this.db
      .prepare(
        `SELECT 1 FROM scenario WHERE enterprise_id = ? AND deleted_at IS NULL AND name = ? AND id IS NOT ?`,
      )
      .get(enterpriseId, name, except);
    if (taken) {
      throw new AppError('VALIDATION', {}, [
        { path: ['name'], key: 'scenarios.nameTaken', params: { name } },
      ]);
    }
  }

  private setProjects(scenarioId: number, ids: readonly number[]): void {
    this.db.prepare('DELETE FROM scenario_project WHERE scenario_id = ?').run(scenarioId);
    const insert = this.db.prepare(
      'INSERT INTO scenario_project (scenario_id, project_id, position) VALUES (?, ?, ?)',
    );
    ids.forEach((id, i) => insert.run(scenarioId, id, i));
  }

  private write<T>(run: () => T): T {
    return this.db.transaction(run).immediate();
  }

  /** Oldest first: the order the user built them in, which is the comparison's column order. */
  list(enterpriseId: number): Scenario[] {
    this.assertEnterprise(enterpriseId);
    const rows = this.db
      .prepare(`SELECT s.* ${LIVE} AND s.enterprise_id = ? ORDER BY s.id`)
      .all(enterpriseId) as ScenarioRow[];
    return rows.map((r) => this.assemble(r));
  }

  get(id: number): Scenario {
    return this.assemble(this.row(id));
  }

  create(input: { enterpriseId: number; name: string; projectIds: readonly number[] }): Scenario {
    return this.write(() => {
      this.assertEnterprise(input.enterpriseId);
      this.assertNameFree(input.enterpriseId, input.name, null);
      this.assertProjects(input.enterpriseId, input.projectIds, ['projectIds']);
      const ts = this.now().toISOString();
      const { lastInsertRowid } = this.db
        .prepare('INSERT INTO scenario (enterprise_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)')
        .run(input.enterpriseId, input.name, ts, ts);
      const id = Number(lastInsertRowid);
      this.setProjects(id, input.projectIds);
      return this.get(id);
    });
  }

  update(id: number, changes: { name?: string; projectIds?: readonly number[] }): Scenario {
    return this.write(() => {
      const current = this.row(id);
      if (changes.name !== undefined) {
        this.assertNameFree(current.enterprise_id, changes.name, id);
        this.db.prepare('UPDATE scenario SET name = ? WHERE id = ?').run(changes.name, id);
      }
      if (changes.projectIds !== undefined) {
        this.assertProjects(current.enterprise_id, changes.projectIds, ['changes', 'projectIds']);
        this.setProjects(id, changes.projectIds);
      }
      this.db.prepare('UPDATE scenario SET updated_at = ? WHERE id = ?').run(this.now().toISOString(), id);
      return this.get(id);
    });
  }

  delete(id: number): { id: number; name: string } {
    return this.write(() => {
      const row = this.row(id);
      markDeleted(this.db, 'scenario', id, this.now());
      return { id, name: row.name };
    });
  }

  /** Restores the scenario as it was; its name may meanwhile be another scenario's, which is allowed. */
  undoDelete(id: number): Scenario {
    return this.write(() => {
      const found = this.db
        .prepare(
          `SELECT 1 FROM scenario s JOIN enterprise e ON e.id = s.enterprise_id
            WHERE s.id = ? AND e.deleted_at IS NULL`,
        )
        .get(id);
      if (!found) throw new AppError('NOT_FOUND', { what: 'scenario', id });
      markRestored(this.db, 'scenario', id);
      return this.get(id);
    });
  }

  purgeDeletedBefore(cutoff: Date): number {
    return purgeDeleted(this.db, 'scenario', cutoff);
  }
}

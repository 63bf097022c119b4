/**
 * A project's line items, financing and benefits in their tables. Each kind is a list of rows
 * owned by one project; the field → column tables below drive every insert and update, so adding a
 * field is one line. Calls run inside the repository's transactions.
 */
import type Database from 'better-sqlite3';
import { AppError, type FieldIssue } from '../../../shared/api/errors';
import type { EnergySourceCode } from '../../../shared/enterprise/energy-sources';
import {
  lineAmountFen,
  type BenefitChanges,
  type EnergyAmount,
  type LineChanges,
  type LinkedEquipment,
  type LinkRelation,
  type ProjectBenefit,
  type ProjectFinancing,
  type ProjectLine,
} from '../../../shared/projects/project-schema';

export type ItemKind = 'line' | 'financing' | 'benefit';

const TABLE: Record<ItemKind, string> = {
  line: 'project_line',
  financing: 'project_financing',
  benefit: 'project_benefit',
};

/** Input field → column; the fields stored elsewhere (links, energy) are not listed. */
const COLUMNS: Record<ItemKind, Record<string, string>> = {
  line: {
    category: 'category',
    name: 'name',
    model: 'model',
    quantity: 'quantity',
    unitPriceFen: 'unit_price_fen',
    supplier: 'supplier',
    origin: 'origin',
    deductibleVatRate: 'deductible_vat_rate',
    intelligent: 'intelligent',
    notes: 'notes',
    opportunityId: 'opportunity_id',
  },
  financing: {
    kind: 'kind',
    source: 'source',
    amountFen: 'amount_fen',
    annualRate: 'annual_rate',
    termYears: 'term_years',
    notes: 'notes',
  },
  benefit: {
    label: 'label',
    annualCostSavingFen: 'annual_cost_saving_fen',
    annualOutputValueFen: 'annual_output_value_fen',
    labourPersons: 'labour_persons',
    otherCo2Tonnes: 'other_co2_tonnes',
    notes: 'notes',
    opportunityId: 'opportunity_id',
  },
};

/** The given fields as [column, value]; absent fields are left out, booleans stored as 0/1. */
function columnValues(kind: ItemKind, fields: Record<string, unknown>): [string, unknown][] {
  return Object.entries(COLUMNS[kind])
    .filter(([field]) => fields[field] !== undefined)
    .map(([field, column]) => {
      const v = fields[field];
      return [column, typeof v === 'boolean' ? Number(v) : v];
    });
}

interface LineRow {
  id: number;
  category: ProjectLine['category'];
  name: string;
  model: string | null;
  quantity: number;
  unit_price_fen: number;
  supplier: string | null;
  origin: ProjectLine['origin'];
  deductible_vat_rate: number | null;
  intelligent: number;
  opportunity_id: string | null;
  notes: string | null;
}

interface FinancingRow {
  id: number;
  kind: ProjectFinancing['kind'];
  source: string | null;
  amount_fen: number;
  annual_rate: number | null;
  term_years: number | null;
  notes: string | null;
}

interface BenefitRow {
  id: number;
  label: string | null;
  opportunity_id: string | null;
  annual_cost_saving_fen: number;
  annual_output_value_fen: number;
  labour_persons: number;
  other_co2_tonnes: number;
  notes: string | null;
}

export type NewLine = Omit<LineChanges, 'equipment'> & {
  equipment?: LineChanges['equipment'];
  opportunityId?: string | null;
};
export type NewBenefit = BenefitChanges & { opportunityId?: string | null };

export class ProjectItems {
  /** Accepting a proposal writes a line per register row: thousands of the same few statements. */
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  lines(projectId: number): ProjectLine[] {
    const rows = this.stmt('SELECT * FROM project_line WHERE project_id = ? ORDER BY id').all(
      projectId,
    ) as LineRow[];
    const links = this.stmt(
      `SELECT l.line_id, l.equipment_id, l.relation, e.asset_code, e.name, e.deleted_by
           FROM project_line_equipment l JOIN equipment e ON e.id = l.equipment_id
          WHERE l.line_id IN (SELECT id FROM project_line WHERE project_id = ?)
          ORDER BY l.line_id, e.asset_code, l.equipment_id`,
    ).all(projectId) as {
      line_id: number;
      equipment_id: number;
      relation: LinkRelation;
      asset_code: string | null;
      name: string;
      deleted_by: number | null;
    }[];
    const byLine = new Map<number, LinkedEquipment[]>();
    for (const l of links) {
      const list = byLine.get(l.line_id) ?? [];
      list.push({
        equipmentId: l.equipment_id,
        relation: l.relation,
        assetCode: l.asset_code,
        name: l.name,
        live: l.deleted_by === null,
      });
      byLine.set(l.line_id, list);
    }
    return rows.map((r) => {
      const line = {
        id: r.id,
        category: r.category,
        name: r.name,
        model: r.model,
        quantity: r.quantity,
        unitPriceFen: r.unit_price_fen,
        supplier: r.supplier,
        origin: r.origin,
        deductibleVatRate: r.deductible_vat_rate,
        intelligent: r.intelligent === 1,
        equipment: byLine.get(r.id) ?? [],
        opportunityId: r.opportunity_id,
        notes: r.notes,
      };
      return { ...line, amountFen: lineAmountFen(line) };
    });
  }

  financing(projectId: number): ProjectFinancing[] {
    const rows = this.stmt('SELECT * FROM project_financing WHERE project_id = ? ORDER BY id').all(
      projectId,
    ) as FinancingRow[];
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      source: r.source,
      amountFen: r.amount_fen,
      annualRate: r.annual_rate,
      termYears: r.term_years,
      notes: r.notes,
    }));
  }

  benefits(projectId: number): ProjectBenefit[] {
    const rows = this.stmt('SELECT * FROM project_benefit WHERE project_id = ? ORDER BY id').all(
      projectId,
    ) as BenefitRow[];
    const energy = this.stmt(
      `SELECT benefit_id, source, quantity FROM project_benefit_energy
          WHERE benefit_id IN (SELECT id FROM project_benefit WHERE project_id = ?) ORDER BY benefit_id, source`,
    ).all(projectId) as { benefit_id: number; source: EnergySourceCode; quantity: number }[];
    return rows.map((r) => ({
      id: r.id,
      label: r.label,
      opportunityId: r.opportunity_id,
      energy: energy
        .filter((e) => e.benefit_id === r.id)
        .map(({ source, quantity }): EnergyAmount => ({ source, quantity })),
      annualCostSavingFen: r.annual_cost_saving_fen,
      annualOutputValueFen: r.annual_output_value_fen,
      labourPersons: r.labour_persons,
      otherCo2Tonnes: r.other_co2_tonnes,
      notes: r.notes,
    }));
  }

  add(kind: ItemKind, projectId: number, fields: Record<string, unknown>): number {
    const cols = columnValues(kind, fields);
    const { lastInsertRowid } = this.stmt(
      `INSERT INTO ${TABLE[kind]} (project_id${cols.map(([c]) => `, ${c}`).join('')})
         VALUES (?${cols.map(() => ', ?').join('')})`,
    ).run(projectId, ...cols.map(([, v]) => v));
    return Number(lastInsertRowid);
  }

  /** NOT_FOUND unless the item belongs to the project. */
  assertOwned(kind: ItemKind, projectId: number, id: number): void {
    const found = this.stmt(`SELECT 1 FROM ${TABLE[kind]} WHERE id = ? AND project_id = ?`).get(
      id,
      projectId,
    );
    if (!found) throw new AppError('NOT_FOUND', { what: 'projectItem', id });
  }

  update(kind: ItemKind, id: number, fields: Record<string, unknown>): void {
    const cols = columnValues(kind, fields);
    if (cols.length === 0) return;
    this.stmt(`UPDATE ${TABLE[kind]} SET ${cols.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
      ...cols.map(([, v]) => v),
      id,
    );
  }

  remove(kind: ItemKind, id: number): void {
    this.stmt(`DELETE FROM ${TABLE[kind]} WHERE id = ?`).run(id);
  }

  /** The line's quantity × unit price after the changes must still fit in fen. */
  lineAfter(id: number, changes: LineChanges): { quantity: number; unitPriceFen: number } {
    const row = this.stmt('SELECT quantity, unit_price_fen FROM project_line WHERE id = ?').get(id) as {
      quantity: number;
      unit_price_fen: number;
    };
    return {
      quantity: changes.quantity ?? row.quantity,
      unitPriceFen: changes.unitPriceFen ?? row.unit_price_fen,
    };
  }

  /**
   * Replaces the line's links. Every row must be a live register row of the project's enterprise;
   * `path` places the issue in the caller's input.
   */
  setLinks(
    lineId: number,
    enterpriseId: number,
    links: NonNullable<LineChanges['equipment']>,
    path: (string | number)[],
  ): void {
    const live = this.stmt(
      'SELECT 1 FROM equipment WHERE id = ? AND enterprise_id = ? AND deleted_by IS NULL',
    );
    const issues: FieldIssue[] = [];
    links.forEach((l, i) => {
      if (!live.get(l.equipmentId, enterpriseId)) {
        issues.push({
          path: [...path, i, 'equipmentId'],
          key: 'projects.equipmentNotFound',
          params: { id: l.equipmentId },
        });
      }
    });
    if (issues.length > 0) throw new AppError('VALIDATION', {}, issues);
    this.stmt('DELETE FROM project_line_equipment WHERE line_id = ?').run(lineId);
    const insert = this.stmt(
      'INSERT OR REPLACE INTO project_line_equipment (line_id, equipment_id, relation) VALUES (?, ?, ?)',
    );
    for (const l of links) insert.run(lineId, l.equipmentId, l.relation);
  }

  setEnergy(benefitId: number, energy: readonly EnergyAmount[]): void {
    this.stmt('DELETE FROM project_benefit_energy WHERE benefit_id = ?').run(benefitId);
    const insert = this.stmt(
      'INSERT INTO project_benefit_energy (benefit_id, source, quantity) VALUES (?, ?, ?)',
    );
    for (const e of energy) insert.run(benefitId, e.source, e.quantity);
  }

  /** What accepting an opportunity added to the project. */
  removeOpportunity(projectId: number, opportunityId: string): void {
    for (const kind of ['line', 'benefit'] as const) {
      this.db
        .prepare(`DELETE FROM ${TABLE[kind]} WHERE project_id = ? AND opportunity_id = ?`)
        .run(projectId, opportunityId);
    }
  }
}

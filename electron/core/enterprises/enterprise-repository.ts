import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { checkUscc } from '../../../shared/enterprise/uscc';
import { currentSizeClass, deriveYears } from '../../../shared/enterprise/enterprise-figures';
import { classifySize } from '../../../shared/enterprise/size-class';
import type {
  EnergyUse,
  Enterprise,
  EnterpriseChanges,
  EnterpriseCreate,
  EnterpriseSummary,
  EnterpriseYear,
  ManufacturingType,
} from '../../../shared/enterprise/enterprise-schema';
import { fenToYuan, yuanToFen } from '../../../shared/money';

interface EnterpriseRow {
  id: number;
  name: string;
  name_en: string | null;
  uscc: string | null;
  district: string | null;
  city_outside: string | null;
  industry_division: string | null;
  manufacturing_type: ManufacturingType | null;
  created_at: string;
  updated_at: string;
}

interface YearRow {
  year: number;
  employees: number | null;
  revenue_fen: number | null;
  output_value_fen: number | null;
  new_product_output_fen: number | null;
  rnd_fen: number | null;
  fixed_assets_fen: number | null;
}

const COLUMN_OF = {
  name: 'name',
  nameEn: 'name_en',
  uscc: 'uscc',
  district: 'district',
  cityOutside: 'city_outside',
  industryDivision: 'industry_division',
  manufacturingType: 'manufacturing_type',
} as const;

const fenOrNull = (yuan: number | null | undefined) => (yuan == null ? null : yuanToFen(yuan));
const yuanOrNull = (fen: number | null) => (fen == null ? null : fenToYuan(fen));

export class EnterpriseRepository {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): EnterpriseSummary[] {
    // Employees, revenue and size come from the newest year that has both, as in the full profile.
    const rows = this.db
      .prepare(
        `SELECT e.*, (SELECT max(year) FROM enterprise_year WHERE enterprise_id = e.id) AS latest_year,
                y.employees, y.revenue_fen
           FROM enterprise e
           LEFT JOIN enterprise_year y ON y.enterprise_id = e.id
            AND y.year = (SELECT max(year) FROM enterprise_year
                           WHERE enterprise_id = e.id AND employees IS NOT NULL AND revenue_fen IS NOT NULL)
          WHERE e.deleted_at IS NULL
          ORDER BY e.name COLLATE NOCASE, e.id`,
      )
      .all() as (EnterpriseRow & {
      latest_year: number | null;
      employees: number | null;
      revenue_fen: number | null;
    })[];
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      nameEn: r.name_en,
      uscc: r.uscc,
      district: r.district,
      cityOutside: r.city_outside,
      industryDivision: r.industry_division,
      latestYear: r.latest_year,
      employees: r.employees,
      revenueYuan: yuanOrNull(r.revenue_fen),
      sizeClass: classifySize(r.employees, yuanOrNull(r.revenue_fen))?.size ?? null,
      updatedAt: r.updated_at,
    }));
  }

  get(id: number, { includeDeleted = false } = {}): Enterprise {
    const row = this.db
      .prepare(`SELECT * FROM enterprise WHERE id = ? ${includeDeleted ? '' : 'AND deleted_at IS NULL'}`)
      .get(id) as EnterpriseRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', { what: 'enterprise', id });
    const years = deriveYears(this.years(id));
    return {
      id: row.id,
      name: row.name,
      nameEn: row.name_en,
      uscc: row.uscc,
      usccWarnings: row.uscc ? checkUscc(row.uscc).warnings : [],
      district: row.district,
      cityOutside: row.city_outside,
      industryDivision: row.industry_division,
      manufacturingType: row.manufacturing_type,
      years,
      sizeClass: currentSizeClass(years),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  private years(id: number): EnterpriseYear[] {
    const rows = this.db
      .prepare('SELECT * FROM enterprise_year WHERE enterprise_id = ? ORDER BY year DESC')
      .all(id) as YearRow[];
    const energy = this.db
      .prepare(
        'SELECT year, source, quantity FROM enterprise_energy WHERE enterprise_id = ? ORDER BY year, source',
      )
      .all(id) as (EnergyUse & { year: number })[];
    return rows.map((r) => ({
      year: r.year,
      employees: r.employees,
      revenueYuan: yuanOrNull(r.revenue_fen),
      outputValueYuan: yuanOrNull(r.output_value_fen),
      newProductOutputYuan: yuanOrNull(r.new_product_output_fen),
      rndYuan: yuanOrNull(r.rnd_fen),
      fixedAssetsYuan: yuanOrNull(r.fixed_assets_fen),
      energy: energy.filter((e) => e.year === r.year).map(({ source, quantity }) => ({ source, quantity })),
    }));
  }

  private assertUsccFree(uscc: string | null | undefined, exceptId: number | null): void {
    if (!uscc) return;
    const other = this.db
      .prepare('SELECT id, name FROM enterprise WHERE uscc = ? AND deleted_at IS NULL AND id IS NOT ?')
      .get(uscc, exceptId) as { id: number; name: string } | undefined;
    if (other) {
      throw new AppError('VALIDATION', {}, [
        { path: ['uscc'], key: 'enterprise.usccTaken', params: { name: other.name } },
      ]);
    }
  }

  create(input: EnterpriseCreate): Enterprise {
    return this.db
      .transaction(() => {
        this.assertUsccFree(input.uscc, null);
        const ts = this.now().toISOString();
        const { lastInsertRowid } = this.db
          .prepare(
            `INSERT INTO enterprise (name, name_en, uscc, district, city_outside, industry_division, manufacturing_type, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            input.name,
            input.nameEn ?? null,
            input.uscc ?? null,
            input.district ?? null,
            input.district === 'outside' ? (input.cityOutside ?? null) : null,
            input.industryDivision ?? null,
            input.manufacturingType ?? null,
            ts,
            ts,
          );
        const id = Number(lastInsertRowid);
        if (input.years) this.replaceYears(id, input.years);
        return this.get(id);
      })
      .immediate();
  }

  update(id: number, changes: EnterpriseChanges): Enterprise {
    return this.db
      .transaction(() => {
        const current = this.get(id); // NOT_FOUND for missing or deleted
        if (changes.uscc !== undefined) this.assertUsccFree(changes.uscc, id);
        const sets: string[] = [];
        const values: unknown[] = [];
        for (const [key, column] of Object.entries(COLUMN_OF) as [keyof typeof COLUMN_OF, string][]) {
          const v = changes[key];
          if (v === undefined) continue;
          sets.push(`${column} = ?`);
          values.push(v);
        }
        // As on create, a city is kept only for an enterprise outside Shenzhen (the last SET wins).
        const district = changes.district !== undefined ? changes.district : current.district;
        if (district !== 'outside') sets.push('city_outside = NULL');
        sets.push('updated_at = ?');
        values.push(this.now().toISOString());
        this.db.prepare(`UPDATE enterprise SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
        if (changes.years) this.replaceYears(id, changes.years);
        return this.get(id);
      })
      .immediate();
  }

  private replaceYears(id: number, years: NonNullable<EnterpriseCreate['years']>): void {
    this.db.prepare('DELETE FROM enterprise_year WHERE enterprise_id = ?').run(id);
    const insertYear = this.db.prepare(
      `INSERT INTO enterprise_year (enterprise_id, year, employees, revenue_fen, output_value_fen, new_product_output_fen, rnd_fen, fixed_assets_fen)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertEnergy = this.db.prepare(
      'INSERT INTO enterprise_energy (enterprise_id, year, source, quantity) VALUES (?, ?, ?, ?)',
    );
    for (const y of years) {
      insertYear.run(
        id,
        y.year,
        y.employees ?? null,
        fenOrNull(y.revenueYuan),
        fenOrNull(y.outputValueYuan),
        fenOrNull(y.newProductOutputYuan),
        fenOrNull(y.rndYuan),
        fenOrNull(y.fixedAssetsYuan),
      );
      for (const e of y.energy ?? []) insertEnergy.run(id, y.year, e.source, e.quantity);
    }
  }

  /** Soft delete: the row stays until purged, so the deletion can be undone exactly. */
  delete(id: number): { id: number; name: string } {
    const e = this.get(id);
    this.db.prepare('UPDATE enterprise SET deleted_at = ? WHERE id = ?').run(this.now().toISOString(), id);
    return { id, name: e.name };
  }

  undoDelete(id: number): Enterprise {
    return this.db
      .transaction(() => {
        const row = this.db.prepare('SELECT uscc, deleted_at FROM enterprise WHERE id = ?').get(id) as
          { uscc: string | null; deleted_at: string | null } | undefined;
        if (!row) throw new AppError('NOT_FOUND', { what: 'enterprise', id });
        if (row.deleted_at !== null) {
          // Someone may have entered the same company again meanwhile.
          this.assertUsccFree(row.uscc, id);
          this.db.prepare('UPDATE enterprise SET deleted_at = NULL WHERE id = ?').run(id);
        }
        return this.get(id);
      })
      .immediate();
  }

  /** Removes for good what was deleted before the cut-off (called when a workspace opens). */
  purgeDeletedBefore(cutoff: Date): number {
    return this.db
      .prepare('DELETE FROM enterprise WHERE deleted_at IS NOT NULL AND deleted_at < ?')
      .run(cutoff.toISOString()).changes;
  }
}

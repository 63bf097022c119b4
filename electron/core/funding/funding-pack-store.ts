import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { both } from '../../../shared/funding/bilingual-text';
import type {
  FundingImportPreview,
  FundingPackDeleted,
  FundingPackDetail,
  FundingPackExport,
  FundingPackSummary,
  PackOrigin,
} from '../../../shared/funding/funding-api';
import { packChanges } from '../../../shared/funding/pack-changes';
import { FundingPackSchema, type FundingPack } from '../../../shared/funding/pack-schema';
import { packToText } from '../../../shared/funding/pack-text';
import { SHIPPED_PACKS, shippedPack } from '../../../shared/funding/shipped';

interface PackRow {
  pack_id: string;
  body_json: string | null;
  updated_at: string;
}

interface PackInForce {
  pack: FundingPack;
  origin: PackOrigin;
  updatedAt: string | null;
}

const asShipped = (pack: FundingPack, shipped: FundingPack | undefined) =>
  shipped !== undefined && packToText(pack) === packToText(shipped);

function originOf(pack: FundingPack): PackOrigin {
  const shipped = shippedPack(pack.id);
  if (!shipped) return 'user';
  return asShipped(pack, shipped) ? 'shipped' : 'shipped_edited';
}

const summary = ({ pack, origin, updatedAt }: PackInForce): FundingPackSummary => ({
  id: pack.id,
  name: both(pack.name),
  origin,
  programmes: pack.programmes.length,
  updatedAt,
});

/**
 * The rule packs in force: the shipped examples, each unless the user deleted or edited it (a row
 * under its id), then the user's own packs by id. Pack ids are text the user types (CLI, files),
 * so an unknown one is answered as invalid input naming the packs there are.
 */
export class FundingPackStore {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private rows(): Map<string, PackRow> {
    const rows = this.db
      .prepare('SELECT pack_id, body_json, updated_at FROM funding_pack ORDER BY pack_id')
      .all() as PackRow[];
    return new Map(rows.map((r) => [r.pack_id, r]));
  }

  packs(): PackInForce[] {
    const rows = this.rows();
    const stored = (r: PackRow) => FundingPackSchema.parse(JSON.parse(r.body_json as string));
    const examples = SHIPPED_PACKS.flatMap((pack): PackInForce[] => {
      const row = rows.get(pack.id);
      if (!row) return [{ pack, origin: 'shipped', updatedAt: null }];
      return row.body_json === null
        ? []
        : [{ pack: stored(row), origin: 'shipped_edited', updatedAt: row.updated_at }];
    });
    const own = [...rows.values()]
      .filter((r) => !shippedPack(r.pack_id) && r.body_json !== null)
      .map((r): PackInForce => ({ pack: stored(r), origin: 'user', updatedAt: r.updated_at }));
    return [...examples, ...own];
  }

  list(): FundingPackSummary[] {
    return this.packs().map(summary);
  }

  /** The packs of the given ids, in that order; `path` locates an unknown id in the caller's input. */
  find(ids: readonly string[], path: (i: number) => (string | number)[]): PackInForce[] {
    const all = this.packs();
    const known = all.map((p) => p.pack.id).join(', ');
    return ids.map((id, i) => {
      const found = all.find((p) => p.pack.id === id);
      if (!found) {
        throw new AppError('VALIDATION', {}, [
          { path: path(i), key: 'funding.packUnknown', params: { id, known } },
        ]);
      }
      return found;
    });
  }

  get(id: string): FundingPackDetail {
    const [found] = this.find([id], () => ['id']) as [PackInForce];
    return { ...summary(found), pack: found.pack };
  }

  export(id: string): FundingPackExport {
    return { fileName: `${id}.json`, text: packToText(this.get(id).pack) };
  }

  preview(pack: FundingPack): FundingImportPreview {
    const current = this.packs().find((p) => p.pack.id === pack.id);
    const origin = originOf(pack);
    return {
      ...packChanges(current?.pack ?? null, pack),
      pack: summary({ pack, origin, updatedAt: this.now().toISOString() }),
    };
  }

  /** Imports the pack under its id; an example saved exactly as shipped goes back to following the app. */
  save(pack: FundingPack): FundingImportPreview {
    return this.db
      .transaction(() => {
        const changes = this.preview(pack);
        if (changes.action !== 'unchanged') this.write(pack.id, pack);
        const after = this.packs().find((p) => p.pack.id === pack.id)!;
        return { ...changes, pack: summary(after) };
      })
      .immediate();
  }

  update(id: string, pack: FundingPack): FundingPackDetail {
    if (pack.id !== id) {
      throw new AppError('VALIDATION', {}, [
        { path: ['pack', 'id'], key: 'funding.idChanged', params: { id } },
      ]);
    }
    return this.db
      .transaction(() => {
        this.get(id);
        this.write(id, pack);
        return this.get(id);
      })
      .immediate();
  }

  delete(id: string): FundingPackDeleted {
    return this.db
      .transaction(() => {
        const { pack } = this.get(id);
        if (shippedPack(id)) this.write(id, null);
        else this.forget(id);
        return { id, name: both(pack.name), fileName: `${id}.json`, text: packToText(pack) };
      })
      .immediate();
  }

  reset(id: string | undefined): FundingPackSummary[] {
    if (id !== undefined && !shippedPack(id)) {
      throw new AppError('VALIDATION', {}, [{ path: ['id'], key: 'funding.notExample', params: { id } }]);
    }
    const ids = id === undefined ? SHIPPED_PACKS.map((p) => p.id) : [id];
    this.db.transaction(() => ids.forEach((i) => this.forget(i))).immediate();
    return this.list();
  }

  /** Null body: an example the user deleted. Saving an example exactly as shipped removes the row. */
  private write(id: string, pack: FundingPack | null): void {
    if (pack && asShipped(pack, shippedPack(id))) {
      this.forget(id);
      return;
    }
    const ts = this.now().toISOString();
    this.db
      .prepare(
        `INSERT INTO funding_pack (pack_id, body_json, created_at, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (pack_id) DO UPDATE SET body_json = excluded.body_json, updated_at = excluded.updated_at`,
      )
      .run(id, pack ? JSON.stringify(pack) : null, ts, ts);
  }

  private forget(id: string): void {
    this.db.prepare('DELETE FROM funding_pack WHERE pack_id = ?').run(id);
  }
}

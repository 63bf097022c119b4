import { AppError } from '../../../shared/api/errors';
import { toFieldIssues } from '../../../shared/api/validation-issues';
import { equipmentRowSchema, type EquipmentRow } from '../../../shared/register/equipment-row';
import type { EquipmentChanges, ExportResult, ImportResult } from '../../../shared/register/register-api';
import type { HandlerContext, HandlerTable } from '../api/handler-types';
import { assertLiveEnterprise } from '../db/soft-delete';
import { EquipmentRepository } from './equipment-repository';
import { importRowsOptions, previewImport } from './import-register';

const repo = (ctx: HandlerContext) => new EquipmentRepository(ctx.db(), ctx.now);

const assertEnterprise = (ctx: HandlerContext, enterpriseId: number) =>
  assertLiveEnterprise(ctx.db(), enterpriseId);

/** A row as a user would start one: only the name is required, the rest has the importer's defaults. */
const BLANK_ROW: Omit<EquipmentRow, 'name'> = {
  asset_code: null,
  category: 'other',
  model: null,
  maker: null,
  quantity: 1,
  year_commissioned: null,
  month_commissioned: null,
  original_value_yuan: null,
  rated_kw: null,
  annual_hours: null,
  load_factor: null,
  energy_source: null,
  efficiency_class: null,
  cnc: false,
  networked: false,
  workshop: null,
  status: 'in_service',
  notes: null,
};

/** Merges changes into a row and checks the whole row with the rules the importer applies. */
function validRow(
  ctx: HandlerContext,
  base: EquipmentRow,
  changes: EquipmentChanges,
  pathPrefix: (string | number)[] = [],
): EquipmentRow {
  const merged = { ...base, ...changes };
  // Robots are always digitally controlled (DOMAIN.md §4): a category change carries cnc with it.
  if (merged.category === 'robot') merged.cnc = true;
  const parsed = equipmentRowSchema(ctx.now().getFullYear()).safeParse(merged);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION',
      {},
      toFieldIssues(parsed.error).map((i) => ({ ...i, path: [...pathPrefix, ...i.path] })),
    );
  }
  return parsed.data as EquipmentRow;
}

function stored(ctx: HandlerContext, enterpriseId: number, id: number): EquipmentRow {
  const { id: _id, updated_at: _u, ...row } = repo(ctx).get(enterpriseId, id);
  return row;
}

const changed = (ctx: HandlerContext) => ctx.emit({ type: 'workspace-changed', scope: 'equipment' });

export const equipmentHandlers = {
  'equipment.page': (ctx, { enterpriseId, ...options }) => repo(ctx).page(enterpriseId, options),
  'equipment.ids': (ctx, { enterpriseId, filter }) => repo(ctx).ids(enterpriseId, filter),
  'equipment.facets': (ctx, { enterpriseId }) => repo(ctx).facets(enterpriseId),
  'equipment.get': (ctx, { enterpriseId, id }) => repo(ctx).get(enterpriseId, id),
  'equipment.history': (ctx, { enterpriseId }) => repo(ctx).history(enterpriseId),

  'equipment.add': (ctx, { enterpriseId, row }) => {
    assertEnterprise(ctx, enterpriseId);
    const record = repo(ctx).add(enterpriseId, validRow(ctx, { ...BLANK_ROW, name: '' }, row, ['row']));
    changed(ctx);
    return record;
  },
  'equipment.duplicate': (ctx, { enterpriseId, id }) => {
    const r = repo(ctx);
    const source = stored(ctx, enterpriseId, id);
    let code: string | null = null;
    if (source.asset_code !== null) {
      // The copy needs its own code: the first free "<code>-2", "<code>-3", …
      for (let n = 2; code === null; n++) {
        const candidate = `${source.asset_code}-${n}`;
        const taken = ctx
          .db()
          .prepare(
            'SELECT 1 FROM equipment WHERE enterprise_id = ? AND asset_code = ? AND deleted_by IS NULL',
          )
          .get(enterpriseId, candidate);
        if (!taken) code = candidate;
      }
    }
    const record = r.add(enterpriseId, { ...source, asset_code: code });
    changed(ctx);
    return record;
  },
  'equipment.update': (ctx, { enterpriseId, id, changes }) => {
    const row = validRow(ctx, stored(ctx, enterpriseId, id), changes, ['changes']);
    repo(ctx).updateRows(enterpriseId, [{ id, row }], row.asset_code ?? row.name);
    changed(ctx);
    return repo(ctx).get(enterpriseId, id);
  },
  'equipment.bulkUpdate': (ctx, { enterpriseId, ids, changes }) => {
    if (changes.asset_code !== undefined && ids.length > 1) {
      throw new AppError('VALIDATION', {}, [
        { path: ['changes', 'asset_code'], key: 'register.codeBulk', params: {} },
      ]);
    }
    const rows = ids.map((id) => ({
      id,
      row: validRow(ctx, stored(ctx, enterpriseId, id), changes, ['changes']),
    }));
    const result = repo(ctx).updateRows(enterpriseId, rows, `${ids.length}`);
    changed(ctx);
    return result;
  },
  'equipment.delete': (ctx, { enterpriseId, ids }) => {
    const result = repo(ctx).delete(enterpriseId, ids, `${ids.length}`);
    changed(ctx);
    return result;
  },
  'equipment.undo': (ctx, { enterpriseId, changeSetId }) => {
    const result = repo(ctx).undo(enterpriseId, changeSetId);
    changed(ctx);
    return result;
  },

  'equipment.importPreview': async (ctx, { enterpriseId, fileId, sheet, mapping }) => {
    const file = ctx.files.resolve(fileId, 'read');
    // The import's threads load while the preview reads the file and the user reads the preview.
    ctx.prepareImport();
    return previewImport(
      ctx.db(),
      { path: file.path, ref: { fileId, name: file.name, sizeBytes: file.sizeBytes } },
      { enterpriseId, sheet, mapping, referenceYear: ctx.now().getFullYear() },
    );
  },
  'equipment.import': async (ctx, { enterpriseId, fileId, sheet, mapping, dryRun, jobId }) => {
    assertEnterprise(ctx, enterpriseId);
    const file = ctx.files.resolve(fileId, 'read');
    const params = { enterpriseId, sheet, mapping, dryRun, referenceYear: ctx.now().getFullYear() };
    const result = await ctx.runJob<ImportResult>(
      {
        kind: 'import',
        source: { path: file.path, ref: { fileId, name: file.name, sizeBytes: file.sizeBytes } },
        params,
        read: importRowsOptions(ctx.db(), params),
      },
      { jobId, phase: 'job.import' },
    );
    if (!dryRun) changed(ctx);
    return result;
  },
  'equipment.export': async (ctx, { enterpriseId, format, filter, sort, target, jobId }) => {
    assertEnterprise(ctx, enterpriseId);
    const out = ctx.files.output(target, `设备台账.${format}`);
    const rows = await ctx.runJob<number>(
      { kind: 'export', outPath: out.path, params: { enterpriseId, format, filter, sort } },
      { jobId, phase: 'job.export' },
    );
    const result: ExportResult = { file: ctx.files.written(out.ref.fileId), rows };
    return result;
  },
} satisfies Partial<HandlerTable>;

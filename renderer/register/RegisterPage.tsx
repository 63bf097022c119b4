import { ArrowLeftOutlined, HistoryOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EquipmentRecord, EquipmentSort } from '../../shared/register/register-api';
import { useApi } from '../api/api-context';
import { giveFile, givenFileKind, type GivenFile } from '../api/files';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { routeHref, type RowTrace } from '../app/routing';
import { usePageRequest } from '../app/shell-requests';
import { PageHeading } from '../components/PageHeading';
import { traceRows } from '../dashboard/row-trace';
import { LoadError } from '../components/StatusBlocks';
import { WindowDropOverlay } from '../components/WindowDropOverlay';
import { testId } from '../components/test-id';
import { formatCount } from '../format/figures';
import { errorText } from '../i18n/wire-messages';
import { AddEquipmentDialog } from './AddEquipmentDialog';
import { BulkEditDialog } from './BulkEditDialog';
import { EquipmentTable } from './EquipmentTable';
import { ExportButtons } from './ExportButtons';
import { HistoryDrawer } from './HistoryDrawer';
import { ImportWizard } from './import/ImportWizard';
import { isFiltered, NO_FILTER, toApiFilter, type FilterState } from './register-filter';
import { RegisterFilters } from './RegisterFilters';
import { SelectionBar } from './SelectionBar';
import { TraceBanner } from './TraceBanner';
import { useEquipmentRows } from './use-equipment-rows';
import { useDebounced, useHeightToBottom, useWindowFileDrop } from './use-layout';
import { useRowEditor } from './use-row-editor';
import { useAnnounceChange } from './use-undo-change';
import './register.css';

const NOTHING_SELECTED: ReadonlySet<number> = new Set();
const NO_WORKSHOPS: readonly string[] = [];
const SEARCH_PAUSE_MS = 300;

type Dialog = 'add' | 'bulk' | 'history' | 'import' | null;

/**
 * An enterprise's equipment register: a virtual table over the whole register (paged, sorted and
 * filtered by the core), inline edits, bulk changes with undo, import, export and the history of
 * changes. A register file dropped anywhere on the page starts an import. With a trace (a figure
 * followed from the dashboard) the table lists just the rows behind that figure.
 */
export function RegisterPage({
  enterpriseId,
  trace = null,
}: {
  enterpriseId: number;
  trace?: RowTrace | null;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const api = useApi();
  const { message, modal } = App.useApp();
  const announce = useAnnounceChange(enterpriseId);

  const enterprise = useApiQuery('enterprise.get', { id: enterpriseId }, ['enterprises']);
  const facets = useApiQuery('equipment.facets', { enterpriseId }, ['equipment']);

  const [filterState, setFilterState] = useState<FilterState>(NO_FILTER);
  const search = useDebounced(filterState.search, SEARCH_PAUSE_MS);
  const filterKey = JSON.stringify(toApiFilter(filterState, search));
  const filter = useMemo(() => JSON.parse(filterKey) as ReturnType<typeof toApiFilter>, [filterKey]);
  const [sort, setSort] = useState<EquipmentSort | null>(null);
  const rows = useEquipmentRows({ enterpriseId, filter, sort, trace });
  const editor = useRowEditor(enterpriseId);

  // A selection belongs to the view it was made in: another filter starts with none selected, so a
  // bulk change never reaches rows the user cannot see.
  const [selection, setSelection] = useState<{ filterKey: string; ids: ReadonlySet<number> }>({
    filterKey: '',
    ids: NOTHING_SELECTED,
  });
  const selected = selection.filterKey === filterKey ? selection.ids : NOTHING_SELECTED;
  const [selectingAll, setSelectingAll] = useState(false);
  const total = rows.total ?? 0;

  const onSelect = useCallback(
    (id: number, on: boolean) =>
      setSelection((s) => {
        const ids = new Set(s.filterKey === filterKey ? s.ids : []);
        if (on) ids.add(id);
        else ids.delete(id);
        return { filterKey, ids };
      }),
    [filterKey],
  );
  const clearSelection = useCallback(() => setSelection({ filterKey, ids: NOTHING_SELECTED }), [filterKey]);
  const selectAllMatching = useCallback(async () => {
    setSelectingAll(true);
    try {
      const ids = trace
        ? (await traceRows(api, enterpriseId, trace, { limit: 1 })).ids
        : await api.call('equipment.ids', { enterpriseId, filter });
      setSelection({ filterKey, ids: new Set(ids) });
    } catch (error) {
      void message.error(errorText(t, error));
    } finally {
      setSelectingAll(false);
    }
  }, [api, enterpriseId, filter, filterKey, message, t, trace]);

  const allSelected = total > 0 && selected.size >= total;
  const header = useMemo(
    () => ({
      checked: allSelected,
      indeterminate: selected.size > 0 && !allSelected,
      loading: selectingAll,
      onToggle: () => (selected.size > 0 ? clearSelection() : void selectAllMatching()),
    }),
    [allSelected, selected, selectingAll, clearSelection, selectAllMatching],
  );

  const [dialog, setDialog] = useState<Dialog>(null);
  const [given, setGiven] = useState<GivenFile | null>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  // A drop anywhere starts an import; while the wizard is open, only its own drop area takes files.
  // Client files (.retrofit) are left to the app frame, which previews them.
  const dragging = useWindowFileDrop(
    (file) => {
      if (dialog === 'import') return;
      setGiven(giveFile(file));
      setDialog('import');
    },
    (file) => givenFileKind(file.name) !== 'handoff',
  );
  // The app frame's import (its menu, a file opened with the app or dropped on another page).
  usePageRequest(
    'register-import',
    (r) => r.enterpriseId === enterpriseId,
    (r) => {
      if (r.gift) setGiven(r.gift);
      setDialog('import');
    },
  );

  const onDuplicate = useCallback(
    async (record: EquipmentRecord) => {
      try {
        const copy = await api.call('equipment.duplicate', { enterpriseId, id: record.id });
        void message.success(t('register.duplicated', { name: copy.asset_code ?? copy.name }));
      } catch (error) {
        void message.error(errorText(t, error));
      }
    },
    [api, enterpriseId, message, t],
  );

  const confirmDelete = useCallback(
    (ids: readonly number[], title: string, afterDelete?: () => void) =>
      modal.confirm({
        title,
        content: t('register.delete.body'),
        okText: t('common.delete'),
        okButtonProps: { danger: true, ...testId('register-delete-confirm') },
        cancelText: t('common.cancel'),
        onOk: async () => {
          try {
            const result = await api.call('equipment.delete', { enterpriseId, ids: [...ids] });
            afterDelete?.();
            announce(result.changeSetId, t('register.delete.done', { n: formatCount(result.count, lang) }));
          } catch (error) {
            void message.error(errorText(t, error));
          }
        },
      }),
    [announce, api, enterpriseId, lang, message, modal, t],
  );
  const onDelete = useCallback(
    (record: EquipmentRecord) =>
      confirmDelete(
        [record.id],
        t('register.delete.oneTitle', { name: record.asset_code ?? record.name }),
        () =>
          // A deleted row leaves the selection, or a later bulk change would name a row that is gone.
          setSelection((s) => {
            if (!s.ids.has(record.id)) return s;
            const ids = new Set(s.ids);
            ids.delete(record.id);
            return { ...s, ids };
          }),
      ),
    [confirmDelete, t],
  );

  const tableRef = useRef<HTMLDivElement>(null);
  const height = useHeightToBottom(tableRef);

  const registerTotal = facets.data?.total ?? null;
  const filtered = isFiltered(filter) || trace !== null;
  const workshops = facets.data?.workshops ?? NO_WORKSHOPS;
  const name = enterprise.data?.name ?? '';

  const back = (
    <Typography.Link href={routeHref({ page: 'enterprise', id: enterpriseId })} data-testid="register-back">
      <ArrowLeftOutlined /> {t('register.back', { name })}
    </Typography.Link>
  );
  if (enterprise.error && !enterprise.data) {
    return (
      <>
        {back}
        <LoadError error={enterprise.error} onRetry={enterprise.reload} />
      </>
    );
  }

  const importButton = (id: string, primary: boolean) => (
    <Button
      type={primary ? 'primary' : 'default'}
      icon={<UploadOutlined />}
      onClick={() => setDialog('import')}
      data-testid={id}
    >
      {t('register.importButton')}
    </Button>
  );

  return (
    <div className="register-page">
      {back}
      <PageHeading
        title={
          <Flex align="baseline" gap={12} wrap>
            <span>{t('register.title')}</span>
            <Typography.Text type="secondary" style={{ fontSize: 16 }} data-testid="register-enterprise">
              {name}
            </Typography.Text>
          </Flex>
        }
        extra={
          <>
            <Button icon={<PlusOutlined />} onClick={() => setDialog('add')} data-testid="register-add">
              {t('register.add.button')}
            </Button>
            {importButton('register-import', registerTotal === 0)}
            <ExportButtons
              enterpriseId={enterpriseId}
              enterpriseName={name}
              filter={filter}
              sort={sort}
              // The export takes a filter, not a list of rows: it would write the whole register.
              disabled={!total || trace !== null}
            />
            <Button
              icon={<HistoryOutlined />}
              onClick={() => setDialog('history')}
              data-testid="register-history-open"
            >
              {t('register.history.open')}
            </Button>
          </>
        }
      >
        <Typography.Text type="secondary" data-testid="register-counts">
          {registerTotal === null
            ? '\u00a0'
            : filtered && rows.total !== null
              ? t('register.counts.filtered', {
                  total: formatCount(registerTotal, lang),
                  n: formatCount(rows.total, lang),
                })
              : t('register.counts.all', { total: formatCount(registerTotal, lang) })}
        </Typography.Text>
      </PageHeading>

      {registerTotal === 0 && !filtered ? (
        <Flex vertical align="center" className="register-empty" data-testid="register-empty">
          <Empty
            description={
              <Flex vertical gap={4} style={{ maxWidth: 520 }}>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {t('register.empty.title')}
                </Typography.Text>
                <Typography.Text type="secondary">{t('register.empty.hint')}</Typography.Text>
              </Flex>
            }
          >
            <Flex gap={8} justify="center">
              {importButton('register-import-empty', true)}
              <Button
                icon={<PlusOutlined />}
                onClick={() => setDialog('add')}
                data-testid="register-add-empty"
              >
                {t('register.add.button')}
              </Button>
            </Flex>
          </Empty>
        </Flex>
      ) : (
        <Flex vertical gap={12}>
          {trace ? (
            <TraceBanner enterpriseId={enterpriseId} trace={trace} />
          ) : (
            <RegisterFilters value={filterState} onChange={setFilterState} facets={facets.data} />
          )}
          {selected.size > 0 && (
            <SelectionBar
              selected={selected.size}
              total={total}
              selectingAll={selectingAll}
              onSelectAll={() => void selectAllMatching()}
              onClear={clearSelection}
              onBulkEdit={() => setDialog('bulk')}
              onBulkDelete={() =>
                confirmDelete(
                  [...selected],
                  t('register.delete.manyTitle', { n: formatCount(selected.size, lang) }),
                  clearSelection,
                )
              }
            />
          )}
          {rows.error != null && (
            <Alert
              type="error"
              showIcon
              title={errorText(t, rows.error)}
              action={
                <Button size="small" onClick={rows.refresh}>
                  {t('common.retry')}
                </Button>
              }
              data-testid="register-load-error"
            />
          )}
          <div ref={tableRef}>
            <EquipmentTable
              viewKey={`${filterKey}|${JSON.stringify(sort)}`}
              slots={rows.slots}
              recordAt={rows.recordAt}
              peek={rows.peek}
              want={rows.want}
              height={height}
              loading={rows.total === null && rows.error == null}
              sort={sort}
              onSort={trace ? null : setSort}
              selected={selected}
              onSelect={onSelect}
              header={header}
              editor={editor}
              workshops={workshops}
              onDuplicate={onDuplicate}
              onDelete={onDelete}
              emptyText={t('register.noMatch')}
            />
          </div>
        </Flex>
      )}

      {dragging && dialog !== 'import' && (
        <WindowDropOverlay label={t('register.import.dropToImport')} testId="register-drop-overlay" />
      )}

      <ImportWizard
        enterpriseId={enterpriseId}
        open={dialog === 'import'}
        given={given}
        onClose={closeDialog}
      />
      <AddEquipmentDialog
        enterpriseId={enterpriseId}
        workshops={workshops}
        open={dialog === 'add'}
        onClose={closeDialog}
      />
      <BulkEditDialog
        enterpriseId={enterpriseId}
        ids={selected}
        workshops={workshops}
        open={dialog === 'bulk'}
        onClose={closeDialog}
      />
      <HistoryDrawer enterpriseId={enterpriseId} open={dialog === 'history'} onClose={closeDialog} />
    </div>
  );
}

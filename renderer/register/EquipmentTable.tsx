import { Form, Table, type GetRef } from 'antd';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { EquipmentRecord, EquipmentSort, SortField } from '../../shared/register/register-api';
import { currentLanguage } from '../app/language';
import { testId } from '../components/test-id';
import { columnsWidth, equipmentColumns, RowsContext, type HeaderSelection } from './equipment-columns';
import type { Slot } from './row-window';
import type { RowEditor } from './use-row-editor';

export interface EquipmentTableProps {
  /** Changes with the filter and sort: the table then starts again at its first row. */
  viewKey: string;
  slots: readonly Slot[];
  /** A new function whenever records on screen may have changed (a page arrived, the register changed). */
  recordAt: (index: number) => EquipmentRecord | null;
  /** The record at an index now, for event handlers. */
  peek: (index: number) => EquipmentRecord | null;
  /** Told about every row rendered, so the pages around the view get fetched. */
  want: (index: number) => void;
  height: number;
  loading: boolean;
  sort: EquipmentSort | null;
  /** Null when the view cannot be sorted (the rows behind an indicator come in id order). */
  onSort: ((sort: EquipmentSort | null) => void) | null;
  selected: ReadonlySet<number>;
  onSelect: (id: number, on: boolean) => void;
  header: HeaderSelection;
  editor: RowEditor;
  workshops: readonly string[];
  onDuplicate: (record: EquipmentRecord) => void;
  onDelete: (record: EquipmentRecord) => void;
  emptyText: ReactNode;
}

/**
 * The register as a virtual table: only the rows in view exist in the page, whatever the register's
 * size, and their pages are fetched as they come into view. The row being edited is one form.
 */
export function EquipmentTable(props: EquipmentTableProps) {
  const { slots, recordAt, peek, want, height, loading, sort, onSort, selected, onSelect, header, editor } =
    props;
  const { workshops, onDuplicate, onDelete, emptyText, viewKey } = props;
  const tableRef = useRef<GetRef<typeof Table<Slot>>>(null);
  useEffect(() => {
    tableRef.current?.scrollTo({ top: 0 });
  }, [viewKey]);
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { editingId, saving, actions } = editor;
  const { cancel, save } = actions;

  // New columns make antd re-walk every row of the view (a tenth of a second at 100,000 rows), so
  // they change only with a sort or the language, never when a page arrives, a row is ticked or
  // edited: the cells get their records, the selection and the row being edited through
  // RowsContext. The parent keeps its callbacks and objects stable for that.
  const columns = useMemo(
    () =>
      equipmentColumns({
        t,
        lang,
        peek,
        sort,
        sortable: onSort !== null,
        onSelect,
        editor: actions,
        workshops,
        onDuplicate,
        onDelete,
      }),
    [t, lang, peek, sort, onSort, onSelect, actions, workshops, onDuplicate, onDelete],
  );
  const rowsState = useMemo(
    () => ({ recordAt, selected, header, editingId, saving }),
    [recordAt, selected, header, editingId, saving],
  );
  const width = useMemo(() => columnsWidth(columns), [columns]);

  const onRow = useCallback(
    (slot: Slot) => {
      want(slot.index);
      // A row's attributes are set when it renders, which may be before its page arrived: they
      // must not depend on the record, except for the row being edited (always loaded).
      if (editingId === null || peek(slot.index)?.id !== editingId)
        return testId<HTMLAttributes<HTMLElement>>('equipment-row');
      const onKeyDown = (event: KeyboardEvent) => {
        const target = event.target as HTMLElement;
        // An open dropdown uses Enter to pick and Esc to close; the row gets the keys after that.
        if (target.getAttribute('aria-expanded') === 'true' || target.tagName === 'TEXTAREA') return;
        if (event.key === 'Enter') {
          event.preventDefault();
          void save();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          cancel();
        }
      };
      return { ...testId<HTMLAttributes<HTMLElement>>('equipment-row'), onKeyDown };
    },
    [want, peek, editingId, save, cancel],
  );

  return (
    <RowsContext value={rowsState}>
      <Form form={editor.form} component={false}>
        <Table<Slot>
          ref={tableRef}
          virtual
          size="small"
          rowKey="key"
          columns={columns}
          dataSource={slots as Slot[]}
          pagination={false}
          loading={loading && { delay: 200 }}
          scroll={{ x: width, y: height }}
          showSorterTooltip={false}
          locale={{ emptyText }}
          onChange={(_pagination, _filters, sorter) => {
            if (!onSort) return;
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const field = s?.column ? (s.columnKey as string) : null;
            const column = columns.find((c) => c.key === field) as { sorter?: unknown } | undefined;
            if (!field || !s?.order || !column?.sorter) return onSort(null);
            onSort({ field: sortFieldOf(field), order: s.order === 'ascend' ? 'asc' : 'desc' });
          }}
          onRow={onRow}
          className="register-table"
          data-testid="register-table"
        />
      </Form>
    </RowsContext>
  );
}

/** The one column whose key is not its sort field: money is shown in 万元, sorted by the yuan. */
const sortFieldOf = (key: string): SortField =>
  key === 'original_value' ? 'original_value_yuan' : (key as SortField);

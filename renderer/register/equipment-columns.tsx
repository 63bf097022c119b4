import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Space, Tooltip, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { createContext, useContext, type ReactNode, type TdHTMLAttributes } from 'react';
import type { Lang } from '../../shared/i18n/messages';
import { formatYuan } from '../../shared/money';
import type { EquipmentRecord, EquipmentSort, SortField } from '../../shared/register/register-api';
import { EFFICIENCY_CLASSES } from '../../shared/register/taxonomy';
import { testId } from '../components/test-id';
import { formatCount, formatQuantity, formatWan } from '../format/figures';
import { EquipmentField, fieldLabel } from './EquipmentField';
import type { FormField } from './equipment-form-values';
import type { Slot } from './row-window';
import { categoryText, efficiencyText, energySourceText, fieldText, statusText } from './register-labels';
import type { RowEditActions } from './use-row-editor';

export interface HeaderSelection {
  checked: boolean;
  indeterminate: boolean;
  loading: boolean;
  onToggle: () => void;
}

/**
 * What the cells read while the columns stay put (see EquipmentTable): their records, through a
 * function that is new whenever records changed (see RowWindow), and the selection. A page
 * arriving or a checkbox ticked re-renders the cells on screen, and only they.
 */
export interface RowsState {
  recordAt: (index: number) => EquipmentRecord | null;
  selected: ReadonlySet<number>;
  header: HeaderSelection;
  /** The row being edited (its cells are the editor's controls), and whether it is being saved. */
  editingId: number | null;
  saving: boolean;
}

export const RowsContext = createContext<RowsState>({
  recordAt: () => null,
  selected: new Set(),
  header: { checked: false, indeterminate: false, loading: false, onToggle: () => undefined },
  editingId: null,
  saving: false,
});

export interface ColumnContext {
  t: TFunction;
  lang: Lang;
  /** The record at a row index now; for event handlers, which run after the render. */
  peek: (index: number) => EquipmentRecord | null;
  sort: EquipmentSort | null;
  sortable: boolean;
  onSelect: (id: number, on: boolean) => void;
  editor: RowEditActions;
  workshops: readonly string[];
  onDuplicate: (record: EquipmentRecord) => void;
  onDelete: (record: EquipmentRecord) => void;
}

const none = '—';

const yearText = (r: EquipmentRecord) =>
  r.year_commissioned === null
    ? none
    : r.month_commissioned === null
      ? String(r.year_commissioned)
      : `${r.year_commissioned}-${String(r.month_commissioned).padStart(2, '0')}`;

interface FieldColumn {
  key: string;
  /** Codes are read character by character: a monospaced font. */
  code?: boolean;
  /** The form fields the cell edits (the year cell edits year and month). */
  edits: FormField[];
  title: string;
  width: number;
  sortBy?: SortField;
  align?: 'right' | 'center';
  show: (r: EquipmentRecord) => ReactNode;
  /** Shown on hover: the whole text of a cut-off cell, or what a figure means exactly. */
  hover?: (r: EquipmentRecord) => string | null;
}

type CellProps = TdHTMLAttributes<HTMLElement>;

/**
 * The register's columns. Money is 万元 with the exact yuan on hover, as on the enterprise pages;
 * power is per unit and value per row, as stored. Sorting happens in the core (the table holds only
 * the pages around the view), so columns only say which field they sort by.
 *
 * Rows mount and unmount by the dozen while the user scrolls, so the cells of rows not being edited
 * are as light as they can be: text straight in the cell (its test id and hover text set on the
 * cell itself, long text cut off by CSS), a native checkbox, text buttons, a styled status; and
 * their words are looked up once per render of the columns, not once per cell.
 */
export function equipmentColumns(ctx: ColumnContext): TableColumnsType<Slot> {
  const { t, lang, sort, editor, peek } = ctx;
  const [yes, no] = [t('register.yes'), t('register.no')];
  const yesNo = (b: boolean) => (b ? yes : no);
  const withUnit = (label: string, unit: string) => t('units.withUnit', { label, unit });
  const efficiency = new Map(EFFICIENCY_CLASSES.map((c) => [c.code, efficiencyText(t, c.code)]));
  const words = {
    edit: t('common.edit'),
    duplicate: t('register.duplicateShort'),
    duplicateHint: t('register.duplicate'),
    delete: t('common.delete'),
    select: t('register.selection.rowHint'),
    loadFactorDefault: t('register.loadFactorDefault'),
  };
  const text = (value: string | null) => value ?? none;

  const fields: FieldColumn[] = [
    {
      key: 'asset_code',
      code: true,
      edits: ['asset_code'],
      title: fieldText(t, 'asset_code'),
      width: 140,
      sortBy: 'asset_code',
      show: (r) => text(r.asset_code),
      hover: (r) => r.asset_code,
    },
    {
      key: 'name',
      edits: ['name'],
      title: fieldText(t, 'name'),
      width: 180,
      sortBy: 'name',
      show: (r) => r.name,
      hover: (r) => r.name,
    },
    {
      key: 'category',
      edits: ['category'],
      title: fieldText(t, 'category'),
      width: 150,
      sortBy: 'category',
      show: (r) => categoryText(r.category, lang),
      hover: (r) => categoryText(r.category, lang),
    },
    {
      key: 'model',
      edits: ['model'],
      title: fieldText(t, 'model'),
      width: 140,
      sortBy: 'model',
      show: (r) => text(r.model),
      hover: (r) => r.model,
    },
    {
      key: 'maker',
      edits: ['maker'],
      title: fieldText(t, 'maker'),
      width: 130,
      sortBy: 'maker',
      show: (r) => text(r.maker),
      hover: (r) => r.maker,
    },
    {
      key: 'quantity',
      edits: ['quantity'],
      title: fieldText(t, 'quantity'),
      width: 96,
      sortBy: 'quantity',
      align: 'right',
      show: (r) => formatCount(r.quantity, lang),
    },
    {
      key: 'year_commissioned',
      edits: ['year_commissioned', 'month_commissioned'],
      title: t('register.columns.commissioned'),
      width: 150,
      sortBy: 'year_commissioned',
      show: yearText,
    },
    {
      key: 'original_value',
      edits: ['original_value_wan'],
      title: fieldLabel(t, 'original_value_wan'),
      width: 130,
      sortBy: 'original_value_yuan',
      align: 'right',
      show: (r) => (r.original_value_yuan === null ? none : formatWan(r.original_value_yuan, lang)),
      hover: (r) =>
        r.original_value_yuan === null
          ? null
          : t('register.yuanExact', { yuan: formatYuan(r.original_value_yuan, lang) }),
    },
    {
      key: 'rated_kw',
      edits: ['rated_kw'],
      title: withUnit(t('register.columns.ratedPower'), 'kW'),
      width: 116,
      sortBy: 'rated_kw',
      align: 'right',
      show: (r) => (r.rated_kw === null ? none : formatQuantity(r.rated_kw, lang)),
    },
    {
      key: 'annual_hours',
      edits: ['annual_hours'],
      title: withUnit(t('register.columns.annualHours'), 'h'),
      width: 116,
      sortBy: 'annual_hours',
      align: 'right',
      show: (r) => (r.annual_hours === null ? none : formatCount(r.annual_hours, lang)),
    },
    {
      key: 'load_factor',
      edits: ['load_factor'],
      title: fieldText(t, 'load_factor'),
      width: 90,
      align: 'right',
      show: (r) => (r.load_factor === null ? none : String(r.load_factor)),
      hover: (r) => (r.load_factor === null ? words.loadFactorDefault : null),
    },
    {
      key: 'energy_source',
      edits: ['energy_source'],
      title: fieldText(t, 'energy_source'),
      width: 120,
      show: (r) => (r.energy_source === null ? none : energySourceText(r.energy_source, lang)),
    },
    {
      key: 'efficiency_class',
      edits: ['efficiency_class'],
      title: fieldText(t, 'efficiency_class'),
      width: 120,
      show: (r) => (r.efficiency_class === null ? none : (efficiency.get(r.efficiency_class) ?? none)),
    },
    {
      key: 'cnc',
      edits: ['cnc'],
      title: t('register.columns.cnc'),
      width: 76,
      align: 'center',
      show: (r) => yesNo(r.cnc),
    },
    {
      key: 'networked',
      edits: ['networked'],
      title: t('register.columns.networked'),
      width: 76,
      align: 'center',
      show: (r) => yesNo(r.networked),
    },
    {
      key: 'workshop',
      edits: ['workshop'],
      title: fieldText(t, 'workshop'),
      width: 130,
      sortBy: 'workshop',
      show: (r) => text(r.workshop),
      hover: (r) => r.workshop,
    },
    {
      key: 'status',
      edits: ['status'],
      title: fieldText(t, 'status'),
      width: 110,
      sortBy: 'status',
      show: (r) => (
        <span className={`register-status register-status-${r.status}`}>{statusText(r.status, lang)}</span>
      ),
    },
    {
      key: 'notes',
      edits: ['notes'],
      title: fieldText(t, 'notes'),
      width: 200,
      show: (r) => text(r.notes),
      hover: (r) => r.notes,
    },
  ];

  const sortOrder = (field: SortField | undefined) =>
    field && sort?.field === field
      ? sort.order === 'asc'
        ? ('ascend' as const)
        : ('descend' as const)
      : null;

  const selection: TableColumnsType<Slot>[number] = {
    key: 'select',
    width: 44,
    fixed: 'start',
    align: 'center',
    title: <HeaderCheckbox label={t('register.selection.headerHint')} />,
    render: (_, { index }) => <SelectCell index={index} onSelect={ctx.onSelect} label={words.select} />,
  };

  const dataColumns: TableColumnsType<Slot> = fields.map((f, i) => ({
    key: f.key,
    width: f.width,
    align: f.align,
    fixed: i < 2 ? ('start' as const) : undefined,
    className: 'register-cell',
    title: <span data-testid={`register-column-${f.key}`}>{f.title}</span>,
    sorter: ctx.sortable && f.sortBy !== undefined,
    sortOrder: sortOrder(f.sortBy),
    sortDirections: ['ascend', 'descend'],
    onCell: ({ index }): CellProps => ({
      ...testId<CellProps>(`equipment-cell-${f.key}`),
      // On the body cells only: the header keeps the ordinary font.
      className: f.code ? 'code-text' : undefined,
      // The hover text is made when the pointer first reaches the cell, not for every cell
      // rendered while scrolling (formatting exact yuan is not free).
      onMouseEnter: f.hover
        ? (event) => {
            const record = peek(index);
            const cell = event.currentTarget;
            // A cell of the row being edited holds a control, which needs no hover text.
            const editing = cell.querySelector('input, .ant-select') !== null;
            if (record && !editing && !cell.title) cell.title = f.hover?.(record) ?? '';
          }
        : undefined,
      // Double-clicking a cell edits its row, starting in that cell.
      onDoubleClick: () => {
        const record = peek(index);
        if (record) editor.start(record, f.edits[0]);
      },
    }),
    render: (_: unknown, { index }: Slot) => (
      <FieldCell index={index} column={f} placeholder={i === 1} workshops={ctx.workshops} />
    ),
  }));

  const actions: TableColumnsType<Slot>[number] = {
    key: 'actions',
    width: lang === 'en' ? 150 : 128,
    fixed: 'end',
    title: t('common.actions'),
    render: (_, { index }) => <ActionsCell index={index} editor={editor} words={words} ctx={ctx} />,
  };

  return [selection, ...dataColumns, actions];
}

/** The sum of the column widths: the table's scroll width. */
export const columnsWidth = (columns: TableColumnsType<Slot>) =>
  columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 0), 0);

/** Ticks every row matching the filter (fetched from the core), or clears the selection. */
function HeaderCheckbox({ label }: { label: string }) {
  const { header } = useContext(RowsContext);
  return (
    <Tooltip title={label}>
      <Checkbox
        checked={header.checked}
        indeterminate={header.indeterminate}
        disabled={header.loading}
        onChange={header.onToggle}
        aria-label={label}
        data-testid="register-select-all"
      />
    </Tooltip>
  );
}

function SelectCell({
  index,
  onSelect,
  label,
}: {
  index: number;
  onSelect: (id: number, on: boolean) => void;
  label: string;
}) {
  const { recordAt, selected } = useContext(RowsContext);
  const record = recordAt(index);
  if (!record) return null;
  return (
    <input
      type="checkbox"
      className="register-check"
      checked={selected.has(record.id)}
      onChange={(e) => onSelect(record.id, e.target.checked)}
      aria-label={label}
      data-testid="equipment-select"
    />
  );
}

/** A field's cell: its text, a quiet bar while the row's page is on its way, or its editor. */
function FieldCell({
  index,
  column,
  placeholder,
  workshops,
}: {
  index: number;
  column: FieldColumn;
  /** Whether this column shows the loading bar (one per row is enough). */
  placeholder: boolean;
  workshops: readonly string[];
}) {
  const { recordAt, editingId } = useContext(RowsContext);
  const record = recordAt(index);
  if (!record) return placeholder ? <span className="register-loading-bar" aria-hidden /> : null;
  if (record.id !== editingId) return column.show(record);
  return (
    <Flex gap={4}>
      {column.edits.map((field) => (
        <div key={field} style={{ flex: field === 'month_commissioned' ? '0 0 56px' : 1, minWidth: 0 }}>
          <EquipmentField
            field={field}
            mode="cell"
            testId={`equipment-edit-${field}`}
            workshops={workshops}
          />
        </div>
      ))}
    </Flex>
  );
}

interface ActionWords {
  edit: string;
  duplicate: string;
  duplicateHint: string;
  delete: string;
}

function ActionsCell({
  index,
  editor,
  words,
  ctx,
}: {
  index: number;
  editor: ColumnContext['editor'];
  words: ActionWords;
  ctx: Pick<ColumnContext, 't' | 'onDuplicate' | 'onDelete'>;
}) {
  const { recordAt, editingId, saving } = useContext(RowsContext);
  const record = recordAt(index);
  const { t } = ctx;
  if (!record) return null;
  if (record.id === editingId) {
    return (
      <Space size={0}>
        <Button
          type="link"
          size="small"
          icon={<CheckOutlined />}
          loading={saving}
          onClick={() => void editor.save()}
          title={t('register.edit.saveHint')}
          data-testid="equipment-save"
        >
          {t('common.save')}
        </Button>
        <Button
          type="link"
          size="small"
          icon={<CloseOutlined />}
          onClick={editor.cancel}
          title={t('register.edit.cancelHint')}
          aria-label={t('common.cancel')}
          data-testid="equipment-cancel"
        />
      </Space>
    );
  }
  return (
    <span className="register-actions">
      <button type="button" onClick={() => editor.start(record)} data-testid="equipment-edit">
        {words.edit}
      </button>
      <button
        type="button"
        onClick={() => ctx.onDuplicate(record)}
        title={words.duplicateHint}
        data-testid="equipment-duplicate"
      >
        {words.duplicate}
      </button>
      <button
        type="button"
        className="register-action-danger"
        onClick={() => ctx.onDelete(record)}
        data-testid="equipment-delete"
      >
        {words.delete}
      </button>
    </span>
  );
}

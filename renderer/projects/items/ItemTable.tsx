import { CheckOutlined, CloseOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Popconfirm, Table, Tooltip, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { testId } from '../../components/test-id';
import { editKeys } from '../edit-keys';
import { SmallNote } from '../SmallNote';
import type { ItemEditor } from './use-item-editor';

export interface ItemColumn<T> {
  key: string;
  title: ReactNode;
  width?: number;
  align?: 'left' | 'right';
  view: (item: T) => ReactNode;
  /** The cell's controls while its row is edited (null: a new item); none keeps the cell empty. */
  edit?: (item: T | null) => ReactNode;
}

/** Stands for the row being added; its cells are only ever drawn in edit mode. */
const NEW_ROW_ID = -1;

export interface ItemTableProps<T extends { id: number }, V extends object> {
  /** Names the test ids: `<id>-row`, `<id>-add`, `<id>-edit`, `<id>-remove`, `<id>-save`… */
  id: string;
  items: T[];
  columns: ItemColumn<T>[];
  editor: ItemEditor<T, V>;
  /** More fields of the row being edited, in a panel under it. */
  details?: (item: T | null) => ReactNode;
  addLabel: string;
  empty: ReactNode;
  /** Rows under the items (totals), as antd's Table.Summary children. */
  summary?: ReactNode;
  removeTitle: (item: T) => string;
  /** Below this the table scrolls sideways rather than squeezing its columns. */
  minWidth?: number;
}

/**
 * A project's list of items, edited one row at a time in place. The row's cells become one form's
 * controls; Enter anywhere in the row saves, Esc drops the changes.
 */
export function ItemTable<T extends { id: number }, V extends object>(props: ItemTableProps<T, V>) {
  const {
    id,
    items,
    columns,
    editor,
    details,
    addLabel,
    empty,
    summary,
    removeTitle,
    minWidth = 960,
  } = props;
  const { t } = useTranslation();
  const adding = editor.editing === 'new';
  const rows: T[] = adding ? [...items, { id: NEW_ROW_ID } as T] : items;
  const isEditing = (row: T) => (row.id === NEW_ROW_ID ? adding : editor.editing === row.id);
  const itemOf = (row: T): T | null => (row.id === NEW_ROW_ID ? null : row);

  const tableColumns: TableColumnsType<T> = [
    ...columns.map((c) => ({
      key: c.key,
      title: c.title,
      width: c.width,
      align: c.align,
      render: (_: unknown, row: T) => (isEditing(row) ? c.edit?.(itemOf(row)) : c.view(row)),
    })),
    {
      key: 'actions',
      title: t('common.actions'),
      width: 96,
      render: (_: unknown, row: T) =>
        isEditing(row) ? (
          <Flex gap={4}>
            <Tooltip title={t('projectUi.items.saveHint')}>
              <Button
                size="small"
                type="primary"
                icon={<CheckOutlined />}
                loading={editor.saving}
                onClick={() => void editor.save()}
                aria-label={t('common.save')}
                data-testid={`${id}-save`}
              />
            </Tooltip>
            <Tooltip title={t('projectUi.items.cancelHint')}>
              <Button
                size="small"
                icon={<CloseOutlined />}
                onClick={editor.cancel}
                aria-label={t('common.cancel')}
                data-testid={`${id}-cancel`}
              />
            </Tooltip>
          </Flex>
        ) : (
          <Flex gap={4}>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              onClick={() => editor.start(row)}
              aria-label={t('common.edit')}
              data-testid={`${id}-edit`}
            />
            <Popconfirm
              title={removeTitle(row)}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, ...testId(`${id}-remove-confirm`) }}
              onConfirm={() => editor.remove(row)}
            >
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('common.delete')}
                data-testid={`${id}-remove`}
              />
            </Popconfirm>
          </Flex>
        ),
    },
  ];

  const editingKey = adding ? NEW_ROW_ID : editor.editing;
  return (
    <Flex vertical gap={8}>
      <Form form={editor.form} component={false} layout="vertical">
        <div onKeyDown={editKeys({ onEnter: () => void editor.save(), onEscape: editor.cancel })}>
          <Table<T>
            rowKey="id"
            size="middle"
            columns={tableColumns}
            dataSource={rows}
            pagination={false}
            // Fixed: the columns keep their widths while a row is edited, and the panel under it
            // wraps to the table's width instead of widening it.
            tableLayout="fixed"
            scroll={{ x: minWidth }}
            locale={{ emptyText: empty }}
            onRow={(row) => testId(isEditing(row) ? `${id}-row-editing` : `${id}-row`)}
            expandable={
              details
                ? {
                    expandedRowKeys: editingKey === null ? [] : [editingKey],
                    expandedRowRender: (row) => details(itemOf(row)),
                    showExpandColumn: false,
                  }
                : undefined
            }
            summary={summary && items.length > 0 ? () => summary : undefined}
            data-testid={`${id}-table`}
          />
        </div>
      </Form>
      <Flex align="center" gap={12}>
        <Button icon={<PlusOutlined />} onClick={editor.startNew} disabled={adding} data-testid={`${id}-add`}>
          {addLabel}
        </Button>
        {editor.editing !== null && <SmallNote>{t('projectUi.items.keyHint')}</SmallNote>}
      </Flex>
    </Flex>
  );
}

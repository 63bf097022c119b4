import { Table, type TableProps } from 'antd';

/**
 * The comparison's tables: one row a figure, one column a scenario, compact, never paged, and
 * scrolling sideways when the scenarios do not fit the window.
 */
export function CompareTable<T extends { key: string }>({
  testid,
  ...props
}: Omit<TableProps<T>, 'rowKey' | 'size' | 'pagination' | 'scroll'> & { testid: string }) {
  return (
    <Table<T>
      rowKey="key"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid={testid}
      {...props}
    />
  );
}

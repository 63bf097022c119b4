import { Table, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface TotalFigure {
  text: ReactNode;
  testId?: string;
}

/**
 * A table's totals, under its rows: the label across the first `labelSpan` columns, each figure
 * under the column it adds up, and `restSpan` empty columns after them (the row actions).
 */
export function TotalsRow({
  label,
  labelSpan = 1,
  figures,
  restSpan = 0,
}: {
  label: string;
  labelSpan?: number;
  figures: TotalFigure[];
  restSpan?: number;
}) {
  const span = (n: number) => (n > 1 ? n : undefined);
  const restIndex = labelSpan + figures.length;
  return (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0} colSpan={span(labelSpan)}>
        <Typography.Text strong>{label}</Typography.Text>
      </Table.Summary.Cell>
      {figures.map((figure, i) => (
        <Table.Summary.Cell key={i} index={labelSpan + i} align="right">
          <Typography.Text strong data-testid={figure.testId}>
            {figure.text}
          </Typography.Text>
        </Table.Summary.Cell>
      ))}
      {restSpan > 0 && <Table.Summary.Cell index={restIndex} colSpan={span(restSpan)} />}
    </Table.Summary.Row>
  );
}

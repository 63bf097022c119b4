import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A line of small grey text beside a figure or a field: its source, a hint, a breakdown. */
export function SmallNote({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={testId}>
      {children}
    </Typography.Text>
  );
}

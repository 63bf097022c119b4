import { Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** An empty list: what is missing, how to fill it, and (as children) the buttons that start it. */
export function EmptyHint({
  title,
  hint,
  testId,
  paddingBlock = 48,
  children,
}: {
  title: ReactNode;
  hint: ReactNode;
  testId: string;
  paddingBlock?: number;
  children?: ReactNode;
}) {
  return (
    <Empty
      style={{ paddingBlock }}
      description={
        <Flex vertical gap={children ? 12 : 4} align="center" data-testid={testId}>
          <Typography.Text strong>{title}</Typography.Text>
          <Typography.Text type="secondary" style={{ maxWidth: 560 }}>
            {hint}
          </Typography.Text>
          {children && (
            <Flex gap={8} wrap justify="center">
              {children}
            </Flex>
          )}
        </Flex>
      }
    />
  );
}

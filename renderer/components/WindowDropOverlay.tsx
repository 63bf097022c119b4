import { InboxOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';

/** Over the whole window while files are dragged over it: says what dropping them will do. */
export function WindowDropOverlay({ label, testId }: { label: string; testId: string }) {
  return (
    <div className="window-drop-overlay" data-testid={testId}>
      <Flex vertical align="center" gap={8} className="window-drop-message">
        <InboxOutlined style={{ fontSize: 32, color: '#1677ff' }} aria-hidden />
        <Typography.Title level={4} style={{ margin: 0 }}>
          {label}
        </Typography.Title>
      </Flex>
    </div>
  );
}

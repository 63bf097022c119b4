import { Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';

/**
 * A table row's action as a small icon button: the label is its accessible name, and with `tooltip`
 * also shown on hover, where a row has several icons that a glance would not tell apart.
 */
export function IconAction({
  icon,
  label,
  onClick,
  testId,
  danger,
  tooltip,
}: {
  icon: ReactNode;
  label: string;
  onClick: () => void;
  testId: string;
  danger?: boolean;
  tooltip?: boolean;
}) {
  const button = (
    <Button
      size="small"
      type="text"
      danger={danger}
      icon={icon}
      aria-label={label}
      onClick={onClick}
      data-testid={testId}
    />
  );
  return tooltip ? <Tooltip title={label}>{button}</Tooltip> : button;
}

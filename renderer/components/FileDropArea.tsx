import { Button, Flex, Progress, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadProgress } from '../api/files';
import { carriesFiles } from './drag-files';

/**
 * A box that takes the first file dropped on it, highlighted (`<className>-over`) while files are
 * dragged over it. With `onActivate` the whole box is a button: a click, Enter or Space opens the
 * file dialog.
 */
export function FileDropArea({
  className,
  disabled,
  onDropFile,
  onActivate,
  testId,
  children,
}: {
  className: string;
  disabled: boolean;
  onDropFile: (file: File) => void;
  onActivate?: () => void;
  testId: string;
  children: ReactNode;
}) {
  const [over, setOver] = useState(false);
  const activate = onActivate && !disabled ? onActivate : undefined;
  return (
    <div
      role={onActivate ? 'button' : undefined}
      tabIndex={onActivate ? 0 : undefined}
      onClick={activate}
      onKeyDown={(e) => {
        if (activate && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          activate();
        }
      }}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file && !disabled) onDropFile(file);
      }}
      className={over ? `${className} ${className}-over` : className}
      data-testid={testId}
    >
      {children}
    </div>
  );
}

/** "Uploading … [progress] [Cancel]" under a drop area while the chosen file travels to the core. */
export function UploadProgressLine({
  progress,
  label,
  onCancel,
  testId,
  cancelTestId,
}: {
  progress: UploadProgress;
  label: string;
  onCancel: () => void;
  testId: string;
  cancelTestId?: string;
}) {
  const { t } = useTranslation();
  return (
    // A click on the line must not reach a drop area that opens the dialog.
    <Flex align="center" gap={12} data-testid={testId} onClick={(e) => e.stopPropagation()}>
      <Typography.Text>{label}</Typography.Text>
      <Progress
        percent={progress.total ? Math.floor((progress.sent / progress.total) * 100) : 0}
        size="small"
        style={{ width: 220, margin: 0 }}
      />
      <Button size="small" onClick={onCancel} data-testid={cancelTestId}>
        {t('common.cancel')}
      </Button>
    </Flex>
  );
}

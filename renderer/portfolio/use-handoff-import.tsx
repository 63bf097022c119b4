import { ImportOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HandoffImportDialog } from './HandoffImportDialog';

/**
 * The hand-off import as a hook, so that a page keeps one dialog for all its "导入客户文件" buttons:
 * the first client imported into an empty list swaps the empty state for the table, and a dialog
 * inside the empty state's button would vanish with it before saying what it did.
 */
export function useHandoffImport() {
  const [open, setOpen] = useState(false);
  return {
    open: () => setOpen(true),
    element: <HandoffImportDialog open={open} onClose={() => setOpen(false)} />,
  };
}

export function HandoffImportButton({
  onClick,
  testId = 'handoff-import',
}: {
  onClick: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Button icon={<ImportOutlined />} onClick={onClick} data-testid={testId}>
      {t('portfolioUi.handoff.import')}
    </Button>
  );
}

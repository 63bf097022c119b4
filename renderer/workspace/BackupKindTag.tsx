import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupKind } from '../../shared/workspace/workspace-types';

const COLOR: Record<BackupKind, string> = {
  manual: 'blue',
  auto: 'default',
  'pre-migration': 'gold',
  'pre-restore': 'purple',
  'pre-import': 'cyan',
};

export function BackupKindTag({ kind }: { kind: BackupKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[kind]} data-testid="backup-kind">
      {t(`backupKind.${kind}`)}
    </Tag>
  );
}

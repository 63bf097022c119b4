import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SizeClass } from '../../shared/enterprise/size-class';

const COLOR: Record<SizeClass, string> = { large: 'purple', medium: 'blue', small: 'cyan', micro: 'default' };

export function SizeClassTag({ size, testId }: { size: SizeClass | null; testId?: string }) {
  const { t } = useTranslation();
  if (!size) {
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        {t('size.unknown')}
      </Typography.Text>
    );
  }
  return (
    <Tag color={COLOR[size]} data-testid={testId} style={{ marginInlineEnd: 0 }}>
      {t(`size.${size}`)}
    </Tag>
  );
}

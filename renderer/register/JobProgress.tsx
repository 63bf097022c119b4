import { Button, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { phaseText } from '../i18n/wire-messages';
import type { JobState } from './use-job';

/**
 * A running job: its phase, how far it got, and a Cancel button that says what cancelling does.
 * Only the share is shown: the core counts an import in bytes read and an export in rows.
 */
export function JobProgress({
  job,
  onCancel,
  testIdPrefix,
  label,
  width = 280,
}: {
  job: JobState;
  onCancel: () => void;
  testIdPrefix: string;
  /** Says what the job is doing when its phase alone would not (a dry run reports the import's phase). */
  label?: string;
  width?: number;
}) {
  const { t } = useTranslation();
  const percent = job.total > 0 ? Math.floor((job.done / job.total) * 100) : 0;
  return (
    <Flex align="center" gap={12} wrap data-testid={`${testIdPrefix}-progress`}>
      <Typography.Text type="secondary">
        {label ?? (job.phase ? phaseText(t, job.phase) : t('register.job.starting'))}
      </Typography.Text>
      <Progress
        percent={percent}
        status="active"
        size="small"
        style={{ width, margin: 0 }}
        aria-label={t('register.job.progress')}
      />
      <Button
        size="small"
        onClick={onCancel}
        loading={job.cancelling}
        title={t('register.job.cancelHint')}
        data-testid={`${testIdPrefix}-cancel`}
      >
        {t('common.cancel')}
      </Button>
    </Flex>
  );
}

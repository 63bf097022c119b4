import { ExportOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { fileAccess } from '../api/files';
import { currentLanguage } from '../app/language';
import { formatCount } from '../format/figures';
import { errorText } from '../i18n/wire-messages';
import { JobProgress } from '../register/JobProgress';
import { CANCELLED, useJob } from '../register/use-job';

/**
 * "导出客户文件 (.retrofit)": the enterprise with everything it owns as one file, saved where the
 * user chooses (desktop) or downloaded (browser), as the register's export is.
 */
export function HandoffExportButton({ enterpriseId, name }: { enterpriseId: number; name: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const api = useApi();
  const { message } = App.useApp();
  const { job, run, cancel } = useJob();

  const exportFile = async () => {
    const files = fileAccess();
    try {
      const fileName = t('portfolioUi.handoff.fileName', { name, date: dayjs().format('YYYYMMDD') });
      const where = await files.chooseExportTarget(fileName, 'retrofit');
      if (!where) return;
      const result = await run((jobId) => api.call('handoff.export', { enterpriseId, ...where, jobId }));
      if (result === CANCELLED) return;
      const delivery = files.deliver(result);
      const counts = t('portfolioUi.handoff.counts', {
        equipment: formatCount(result.counts.equipment, lang),
        projects: formatCount(result.counts.projects, lang),
        attachments: formatCount(result.counts.attachments, lang),
      });
      void message.success(
        t(delivery.kind === 'download' ? 'portfolioUi.handoff.downloaded' : 'portfolioUi.handoff.saved', {
          name: delivery.name,
          counts,
        }),
      );
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };

  if (job) return <JobProgress job={job} onCancel={cancel} testIdPrefix="handoff-export" width={160} />;
  return (
    <Tooltip title={t('portfolioUi.handoff.exportTip')}>
      <Button icon={<ExportOutlined />} onClick={() => void exportFile()} data-testid="handoff-export">
        {t('portfolioUi.handoff.export')}
      </Button>
    </Tooltip>
  );
}

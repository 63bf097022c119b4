import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SaveFormat } from '../../shared/api/bridge';
import type { EquipmentFilter, EquipmentSort } from '../../shared/register/register-api';
import { useApi } from '../api/api-context';
import { fileAccess } from '../api/files';
import { currentLanguage } from '../app/language';
import { formatCount } from '../format/figures';
import { errorText } from '../i18n/wire-messages';
import { JobProgress } from './JobProgress';
import { CANCELLED, useJob } from './use-job';

export interface ExportButtonsProps {
  enterpriseId: number;
  enterpriseName: string;
  /** The view on screen: the export has the same rows in the same order. */
  filter: EquipmentFilter;
  sort: EquipmentSort | null;
  disabled: boolean;
}

/** Excel and CSV of the current view; a large export shows its progress and can be cancelled. */
export function ExportButtons({ enterpriseId, enterpriseName, filter, sort, disabled }: ExportButtonsProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const api = useApi();
  const { message } = App.useApp();
  const { job, run, cancel } = useJob();

  const exportAs = async (format: Extract<SaveFormat, 'xlsx' | 'csv'>) => {
    const files = fileAccess();
    try {
      const name = t('register.export.fileName', { name: enterpriseName, date: dayjs().format('YYYYMMDD') });
      const where = await files.chooseExportTarget(name, format);
      if (!where) return;
      const result = await run((jobId) =>
        api.call('equipment.export', {
          enterpriseId,
          format,
          filter,
          ...(sort ? { sort } : {}),
          ...where,
          jobId,
        }),
      );
      if (result === CANCELLED) {
        void message.info(t('register.export.cancelled'));
        return;
      }
      const delivery = files.deliver(result);
      void message.success(
        t(delivery.kind === 'download' ? 'register.export.downloaded' : 'register.export.saved', {
          name: delivery.name,
          rows: formatCount(result.rows, lang),
        }),
      );
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };

  if (job) return <JobProgress job={job} onCancel={cancel} testIdPrefix="register-export" width={160} />;
  return (
    <Space.Compact>
      <Button
        icon={<DownloadOutlined />}
        disabled={disabled}
        onClick={() => void exportAs('xlsx')}
        data-testid="register-export-xlsx"
      >
        {t('register.export.xlsx')}
      </Button>
      <Button disabled={disabled} onClick={() => void exportAs('csv')} data-testid="register-export-csv">
        {t('register.export.csv')}
      </Button>
    </Space.Compact>
  );
}

import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

/** A chart of a register whose rows are all idle or retired: nothing in service to draw. */
export function NoInService() {
  const { t } = useTranslation();
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noInService', { ns: 'shared' })} />
  );
}

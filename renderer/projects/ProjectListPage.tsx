import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';

export function ProjectListPage({ enterpriseId }: { enterpriseId: number }) {
  const { t } = useTranslation();
  void enterpriseId;
  return <PageHeading title={t('projectUi.title')} />;
}

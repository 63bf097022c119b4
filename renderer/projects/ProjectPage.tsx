import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';

export function ProjectPage({ enterpriseId, id }: { enterpriseId: number; id: number }) {
  const { t } = useTranslation();
  void enterpriseId;
  void id;
  return <PageHeading title={t('projectUi.title')} />;
}

import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';

export function FundingPacksPage() {
  const { t } = useTranslation();

  return <PageHeading title={t('fundingUi.title')} />;
}

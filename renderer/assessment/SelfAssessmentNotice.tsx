import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MaturityResult } from '../../shared/assessment/maturity-scoring';
import { currentLanguage } from '../app/language';
import { inLang } from '../dashboard/figure-text';

/** Wherever a level is shown: it is the enterprise's own judgement, not a certified level. */
export function SelfAssessmentNotice({ notice }: { notice: MaturityResult['notice'] }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      title={inLang(notice, currentLanguage())}
      description={t('selfAssessment.noticeCertified', { ns: 'shared' })}
      data-testid="assessment-notice"
    />
  );
}

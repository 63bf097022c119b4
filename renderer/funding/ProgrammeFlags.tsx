import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProgrammeType } from '../../shared/funding/pack-schema';

/** The type, year and the warnings a programme carries: an example, check the notice, figures to verify. */
export function ProgrammeFlags({
  type,
  year,
  example,
  checkCurrentNotice,
  verify,
}: {
  type: ProgrammeType;
  year: number;
  example: boolean;
  checkCurrentNotice: boolean;
  verify: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color="blue">{t(`fundingUi.type_${type}`)}</Tag>
      <Tag>{t('units.year', { year })}</Tag>
      {example ? (
        <Tag color="gold" data-testid="funding-example-mark">
          {t('fundingUi.exampleMark')}
        </Tag>
      ) : (
        checkCurrentNotice && (
          <Tag color="gold" data-testid="funding-notice-mark">
            {t('fundingUi.noticeMark')}
          </Tag>
        )
      )}
      {verify && (
        <Tooltip title={t('fundingUi.verifyHint')}>
          <Tag color="orange">{t('fundingUi.verifyMark')}</Tag>
        </Tooltip>
      )}
    </>
  );
}

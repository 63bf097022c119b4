import { Flex, Input, Segmented, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../shared/assessment/assessment-api';
import type { ManufacturingType } from '../../shared/enterprise/enterprise-schema';
import { manufacturingTypeText } from '../enterprises/enterprise-labels';

export interface DetailsChange {
  title?: string;
  assessedOn?: string;
  manufacturingType?: ManufacturingType;
}

const TYPES: ManufacturingType[] = ['discrete', 'process'];

/**
 * The assessment's date and kind of manufacturing, changed in place. The kind picks the
 * sub-domain weights, so changing it rescores the answers at once. The date is the browser's own
 * date field (antd's picker would add a large library to every screen) and is saved when the user
 * leaves it, not while a year is half typed.
 */
export function AssessmentDetailsBar({
  assessment,
  onChange,
}: {
  assessment: AssessmentSummary;
  onChange: (changes: DetailsChange) => void;
}) {
  const { t } = useTranslation();
  const dateLabel = t('selfAssessment.fieldDate', { ns: 'shared' });
  const [date, setDate] = useState(assessment.assessedOn);
  const commit = () => {
    if (date === '') setDate(assessment.assessedOn);
    else if (date !== assessment.assessedOn) onChange({ assessedOn: date });
  };
  return (
    <Flex align="center" gap={12} wrap>
      <Flex align="center" gap={6}>
        <Typography.Text type="secondary">{dateLabel}</Typography.Text>
        <Input
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          onBlur={commit}
          onPressEnter={commit}
          aria-label={dateLabel}
          style={{ width: 150 }}
          data-testid="assessment-date"
        />
      </Flex>
      <Tooltip title={t('selfAssessment.typeHint', { ns: 'shared' })}>
        <Segmented<ManufacturingType>
          value={assessment.manufacturingType}
          options={TYPES.map((type) => ({ value: type, label: manufacturingTypeText(t, type) }))}
          onChange={(manufacturingType) => onChange({ manufacturingType })}
          aria-label={t('fields.manufacturingType')}
          data-testid="assessment-type"
        />
      </Tooltip>
    </Flex>
  );
}

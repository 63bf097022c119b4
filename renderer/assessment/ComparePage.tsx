import { ArrowLeftOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../shared/assessment/assessment-api';
import { useApiQuery } from '../api/use-api-query';
import { navigate, routeHref } from '../app/routing';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadError } from '../components/StatusBlocks';
import { ComparisonView } from './ComparisonView';

function Picker({
  label,
  value,
  options,
  onChange,
  testid,
}: {
  label: string;
  value: number | undefined;
  options: readonly AssessmentSummary[];
  onChange: (id: number) => void;
  testid: string;
}) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={6}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Select
        value={value}
        onChange={onChange}
        options={options.map((a) => ({
          value: a.id,
          label: t('selfAssessment.pickLabel', { ns: 'shared', title: a.title, date: a.assessedOn }),
        }))}
        placeholder={label}
        aria-label={label}
        style={{ minWidth: 220 }}
        data-testid={testid}
      />
    </Flex>
  );
}

/** Two assessments of the enterprise chosen side by side; the choice lives in the address. */
export function ComparePage({
  enterpriseId,
  first,
  second,
}: {
  enterpriseId: number;
  first?: number;
  second?: number;
}) {
  const { t } = useTranslation();
  const list = useApiQuery('assessment.list', { enterpriseId }, ['assessments', 'enterprises']);
  const enterprise = useApiQuery('enterprise.get', { id: enterpriseId }, ['enterprises']);
  const go = (next: { first?: number; second?: number }) =>
    navigate({ page: 'compare', enterpriseId, first, second, ...next });

  const back = (
    <Typography.Link href={routeHref({ page: 'assessments', enterpriseId })} data-testid="compare-back">
      <ArrowLeftOutlined /> {t('selfAssessment.back', { ns: 'shared' })}
    </Typography.Link>
  );
  if (list.error && !list.data) {
    return (
      <>
        {back}
        <LoadError error={list.error} onRetry={list.reload} />
      </>
    );
  }
  if (!list.data) return <Loading />;
  const rows = list.data;
  const firstLabel = t('selfAssessment.compareFirst', { ns: 'shared' });
  const secondLabel = t('selfAssessment.compareSecond', { ns: 'shared' });
  return (
    <>
      {back}
      <PageHeading
        title={t('selfAssessment.compareTitle', { ns: 'shared' })}
        extra={
          <>
            <Picker
              label={firstLabel}
              value={first}
              options={rows}
              onChange={(id) => go({ first: id })}
              testid="compare-first"
            />
            <Button
              icon={<SwapOutlined />}
              onClick={() => go({ first: second, second: first })}
              aria-label={t('selfAssessment.compareSwap', { ns: 'shared' })}
              disabled={first === undefined || second === undefined}
              data-testid="compare-swap"
            />
            <Picker
              label={secondLabel}
              value={second}
              options={rows}
              onChange={(id) => go({ second: id })}
              testid="compare-second"
            />
          </>
        }
      >
        <Typography.Text type="secondary">{enterprise.data?.name ?? '\u00a0'}</Typography.Text>
      </PageHeading>
      {first === undefined || second === undefined ? (
        <Alert type="info" showIcon title={t('selfAssessment.comparePick', { ns: 'shared' })} />
      ) : first === second ? (
        <Alert type="info" showIcon title={t('selfAssessment.compareSame', { ns: 'shared' })} />
      ) : (
        <ComparisonView firstId={first} secondId={second} enterpriseName={enterprise.data?.name ?? ''} />
      )}
    </>
  );
}

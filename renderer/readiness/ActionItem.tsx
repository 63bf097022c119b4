import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReadinessAction, ReadinessScore } from '../../shared/readiness/compute-readiness';
import type { ReadinessReport } from '../../shared/readiness/readiness-api';
import { currentLanguage } from '../app/language';
import { routeHref } from '../app/routing';
import { inLang } from '../dashboard/figure-text';
import { formatCount } from '../format/figures';
import { clauseGroups, pointsText } from './readiness-lines';

const small = { fontSize: 12 } as const;

/** The register rows an action names, linked to exactly those rows in the register. */
function ActionRows({
  action,
  rows,
  href,
  testid,
}: {
  action: ReadinessAction;
  rows: NonNullable<ReadinessAction['rows']>;
  href: string;
  testid: string;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const what = inLang(rows.definition, lang);
  if (rows.rows === 0) {
    return (
      <Typography.Text type="secondary" style={small}>
        {t('readiness.noRows', { ns: 'shared', what })}
      </Typography.Text>
    );
  }
  return (
    <Typography.Text style={small}>
      <Typography.Link
        href={href}
        style={small}
        title={t('dashboard.rowsLinkHint', { ns: 'shared' })}
        data-testid={testid}
      >
        {t('readiness.actionRows', {
          ns: 'shared',
          rows: formatCount(rows.rows, lang),
          units: formatCount(rows.units, lang),
        })}
      </Typography.Link>
      {t('readiness.actionRowsWhat', { ns: 'shared', what })}
      {action.unitsToAdd !== null &&
        action.unitsToAdd > 0 &&
        t('readiness.robotsToAdd', { ns: 'shared', units: formatCount(action.unitsToAdd, lang) })}
    </Typography.Text>
  );
}

/** The questionnaire's questions an answers action would raise, and where to answer them. */
function ActionQuestions({ action, report }: { action: ReadinessAction; report: ReadinessReport }) {
  const { t } = useTranslation();
  const count = action.questions?.length ?? 0;
  const assessment = report.assessment;
  const href = assessment
    ? routeHref({ page: 'assessment', enterpriseId: report.enterpriseId, id: assessment.id })
    : routeHref({ page: 'assessments', enterpriseId: report.enterpriseId });
  return (
    <Typography.Text style={small}>
      {t('readiness.actionQuestions', { ns: 'shared', count })}{' '}
      <Typography.Link href={href} style={small}>
        {assessment
          ? t('readiness.answerQuestions', { ns: 'shared', title: assessment.title })
          : t('readiness.startAssessment', { ns: 'shared' })}
      </Typography.Link>
    </Typography.Text>
  );
}

/**
 * One action that would raise a score: what to do, by how much the score would rise, the rows or
 * questions concerned, and the clause of the 2015 policy that supports it (the passage on hover).
 */
export function ActionItem({
  action,
  score,
  report,
}: {
  action: ReadinessAction;
  score: ReadinessScore;
  report: ReadinessReport;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const effect = pointsText(action.effect, lang);
  const testid = `readiness-action-${score.key}-${action.key}`;
  return (
    <Flex
      vertical
      gap={4}
      style={{ paddingBlock: 8, borderBottom: '1px solid #f0f0f0' }}
      data-testid={testid}
    >
      <Flex justify="space-between" align="start" gap={12}>
        <Typography.Text strong>{inLang(action.title, lang)}</Typography.Text>
        <Tooltip title={action.upperBound ? t('readiness.upperBoundHint', { ns: 'shared' }) : undefined}>
          <Tag color="green" style={{ marginInlineEnd: 0, flex: 'none' }} data-testid={`${testid}-effect`}>
            {action.upperBound
              ? t('readiness.effectUpTo', { ns: 'shared', points: effect })
              : t('readiness.effect', { ns: 'shared', points: effect })}
          </Tag>
        </Tooltip>
      </Flex>
      {action.rows && (
        <ActionRows
          action={action}
          rows={action.rows}
          href={routeHref({
            page: 'register',
            enterpriseId: report.enterpriseId,
            trace: { rowSet: action.rows.rowSet, year: report.referenceYear },
          })}
          testid={`readiness-action-rows-${score.key}-${action.key}`}
        />
      )}
      {action.kind === 'answers' && <ActionQuestions action={action} report={report} />}
      <Typography.Text type="secondary" style={small}>
        {t('readiness.clauses', { ns: 'shared' })}
        {clauseGroups(action.clauses, lang).map((c, i) => (
          <span key={c.citation}>
            {i > 0 && t('readiness.listSeparator', { ns: 'shared' })}
            <Tooltip title={c.quotes.map((q) => `“${q}”`).join(' ')}>
              <span style={{ borderBottom: '1px dotted #8c8c8c', cursor: 'help' }} tabIndex={0}>
                {t('readiness.clause', { ns: 'shared', citation: c.citation, title: c.title })}
              </span>
            </Tooltip>
          </span>
        ))}
      </Typography.Text>
      {action.namedTrade && (
        <Typography.Text type="secondary" style={small}>
          {t('readiness.namedTrade', {
            ns: 'shared',
            division: inLang(action.namedTrade.divisionName, lang),
            trade: inLang(action.namedTrade.trade, lang),
          })}
        </Typography.Text>
      )}
    </Flex>
  );
}

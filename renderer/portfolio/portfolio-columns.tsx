import { Flex, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { bandOf } from '../../shared/assessment/maturity-scoring';
import type { Lang } from '../../shared/i18n/messages';
import type { PortfolioDeadline, PortfolioRow } from '../../shared/portfolio/portfolio-api';
import { routeHref } from '../app/routing';
import { testId } from '../components/test-id';
import { levelText, scoreText } from '../assessment/maturity-text';
import { numberText } from '../dashboard/figure-text';
import { placeText } from '../enterprises/enterprise-labels';
import { formatCount } from '../format/figures';
import { daysUntil, urgencyOf } from './deadline-days';
import { byNumber, nullsLast } from './null-last-sorter';

const SCORES = [
  { key: 'smartFactory', title: 'portfolioUi.colSmartFactory' },
  { key: 'energySaving', title: 'portfolioUi.colEnergySaving' },
  { key: 'automation', title: 'portfolioUi.colAutomation' },
] as const;

const none = <Typography.Text type="secondary">—</Typography.Text>;

/** A header with what the figures count on a second, smaller line: the columns stay narrow. */
const twoLines = (title: string, detail: string) => (
  <Flex vertical>
    <span>{title}</span>
    <span style={{ fontSize: 12, fontWeight: 'normal' }}>{detail}</span>
  </Flex>
);

/** Scores are whole tenths (the formula cuts them so); one decimal keeps the column aligned. */
const pointsText = (n: number, lang: Lang) => numberText(lang, n, 1, 1);

function DeadlineCell({ deadline, today }: { deadline: PortfolioDeadline; today: string }) {
  const { t } = useTranslation();
  const days = daysUntil(deadline.date, today);
  const urgency = urgencyOf(days);
  const left =
    urgency === 'overdue'
      ? days === -1
        ? t('portfolioUi.overdueOneDay')
        : t('portfolioUi.overdue', { days: -days })
      : urgency === 'today'
        ? t('portfolioUi.dueToday')
        : days === 1
          ? t('portfolioUi.dueTomorrow')
          : t('portfolioUi.daysLeft', { days });
  const type = urgency === 'overdue' ? 'danger' : urgency === 'later' ? 'secondary' : 'warning';
  return (
    <Flex vertical data-testid="portfolio-deadline" data-date={deadline.date} data-days={days}>
      <Flex gap={8} align="baseline" justify="space-between" wrap>
        <span className="code-text">{deadline.date}</span>
        <Typography.Text
          type={type}
          strong={urgency !== 'later'}
          style={{ fontSize: 12 }}
          data-testid="portfolio-deadline-left"
        >
          {left}
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: deadline.what }}>
        {deadline.what}
      </Typography.Text>
    </Flex>
  );
}

/** The width the columns take together: the table scrolls sideways below it, with the name kept in view. */
export function columnsWidth(columns: TableColumnsType<PortfolioRow>): number {
  return columns.reduce(
    (sum, c) => sum + ('children' in c && c.children ? columnsWidth(c.children) : Number(c.width ?? 0)),
    0,
  );
}

/** Every column sortable; a missing figure stays at the bottom whichever way a column is sorted. */
export function portfolioColumns(t: TFunction, lang: Lang, today: string): TableColumnsType<PortfolioRow> {
  const collator = new Intl.Collator(lang);
  // English headers and district names are longer words, which must not break inside.
  const width = (zh: number, en: number) => (lang === 'en' ? en : zh);
  const text = (value: (r: PortfolioRow) => string | null) => nullsLast(value, collator.compare);
  const district = (r: PortfolioRow) => placeText(r.district, null, lang);
  return [
    {
      key: 'name',
      title: t('portfolioUi.colName'),
      fixed: 'start',
      width: width(152, 156),
      sorter: text((r) => r.name),
      render: (_, r) => (
        <Typography.Link
          href={routeHref({ page: 'enterprise', id: r.enterpriseId })}
          strong
          // The row opens the client too; the link is there for a new tab or a middle click.
          onClick={(event) => event.stopPropagation()}
          tabIndex={-1}
          data-testid="portfolio-open"
        >
          {r.name}
        </Typography.Link>
      ),
    },
    {
      key: 'uscc',
      title: t('portfolioUi.colUscc'),
      width: width(152, 152),
      sorter: text((r) => r.uscc),
      render: (_, r) =>
        r.uscc ? (
          <span className="code-text" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {r.uscc}
          </span>
        ) : (
          none
        ),
    },
    {
      key: 'district',
      title: t('portfolioUi.colDistrict'),
      width: width(64, 88),
      sorter: text(district),
      render: (_, r) => district(r) ?? none,
    },
    {
      key: 'equipment',
      title: twoLines(t('portfolioUi.colEquipment'), t('portfolioUi.colEquipmentDetail')),
      width: width(72, 96),
      align: 'right',
      sorter: (a, b) => a.equipmentRows - b.equipmentRows,
      render: (_, r) =>
        r.equipmentRows === 0 ? (
          <Typography.Text type="secondary">{t('portfolioUi.noRegister')}</Typography.Text>
        ) : (
          <span data-testid="portfolio-equipment" data-value={r.equipmentRows}>
            {formatCount(r.equipmentRows, lang)}
          </span>
        ),
    },
    {
      key: 'readiness',
      title: t('portfolioUi.groupReadiness'),
      children: SCORES.map(({ key, title }) => ({
        key,
        title: t(title),
        width: width(90, 120),
        align: 'right' as const,
        sorter: nullsLast((r: PortfolioRow) => r[key], byNumber),
        onHeaderCell: () => testId<HTMLAttributes<HTMLElement>>(`portfolio-sort-${key}`),
        render: (_: unknown, r: PortfolioRow) => {
          const score = r[key];
          return score === null ? (
            none
          ) : (
            <span data-testid={`portfolio-score-${key}`} data-value={score}>
              {pointsText(score, lang)}
            </span>
          );
        },
      })),
    },
    {
      key: 'maturity',
      title: twoLines(t('portfolioUi.colMaturity'), t('portfolioUi.colMaturityDetail')),
      width: width(86, 104),
      align: 'right',
      sorter: nullsLast((r) => r.maturityLevel, byNumber),
      render: (_, r) => {
        if (r.maturityLevel === null) {
          return <Typography.Text type="secondary">{t('portfolioUi.noAssessment')}</Typography.Text>;
        }
        const level = bandOf(r.maturityLevel)?.level ?? 0;
        const score = scoreText(r.maturityLevel, lang);
        return (
          <Tooltip title={t('portfolioUi.maturityTitle', { score, level: levelText(t, lang, level) })}>
            <Flex vertical align="end" data-testid="portfolio-maturity" data-value={r.maturityLevel}>
              <span>{score}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {level === 0
                  ? t('selfAssessment.levelNone', { ns: 'shared' })
                  : t(`selfAssessment.level_${level}`, { ns: 'shared' })}
              </Typography.Text>
            </Flex>
          </Tooltip>
        );
      },
    },
    {
      key: 'projects',
      title: twoLines(t('portfolioUi.colProjects'), t('portfolioUi.colProjectsDetail')),
      width: width(104, 96),
      align: 'right',
      sorter: (a, b) => a.openProjects - b.openProjects || a.projects - b.projects,
      render: (_, r) => (
        <span data-testid="portfolio-projects" data-open={r.openProjects} data-total={r.projects}>
          {t('portfolioUi.projectsCount', {
            open: formatCount(r.openProjects, lang),
            total: formatCount(r.projects, lang),
          })}
        </span>
      ),
    },
    {
      key: 'application',
      title: t('portfolioUi.colApplication'),
      width: width(104, 112),
      align: 'right',
      sorter: nullsLast((r) => r.applicationReadiness, byNumber),
      render: (_, r) => {
        if (r.applicationReadiness === null || r.applicationReadinessProjectId === null) {
          return r.openProjects === 0 ? (
            <Typography.Text type="secondary">{t('portfolioUi.noOpenProject')}</Typography.Text>
          ) : (
            none
          );
        }
        return (
          <Tooltip title={t('portfolioUi.applicationLink')}>
            <Typography.Link
              href={routeHref({
                page: 'application',
                enterpriseId: r.enterpriseId,
                projectId: r.applicationReadinessProjectId,
              })}
              onClick={(event) => event.stopPropagation()}
              tabIndex={-1}
              data-testid="portfolio-application"
              data-value={r.applicationReadiness}
            >
              {numberText(lang, r.applicationReadiness, 0)}
            </Typography.Link>
          </Tooltip>
        );
      },
    },
    {
      key: 'deadline',
      title: t('portfolioUi.colDeadline'),
      width: width(172, 172),
      sorter: nullsLast(
        (r) => r.nextDeadline?.date ?? null,
        (a, b) => a.localeCompare(b),
      ),
      render: (_, r) => (r.nextDeadline ? <DeadlineCell deadline={r.nextDeadline} today={today} /> : none),
    },
  ];
}

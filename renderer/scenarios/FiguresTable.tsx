import { Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { CompareTable } from './CompareTable';
import { ENERGY_SOURCES } from '../../shared/enterprise/energy-sources';
import type { Lang } from '../../shared/i18n/messages';
import { LINE_CATEGORIES } from '../../shared/projects/project-schema';
import type { ScenarioComparison } from '../../shared/scenarios/scenarios-api';
import { bestColumns, figureText, FIGURE_ROWS, type FigureRow } from './scenario-format';
import { formatFenWan } from '../format/figures';

type Loose = (key: string, options?: Record<string, unknown>) => string;

interface Line {
  key: string;
  row: FigureRow;
  values: (number | null)[];
  best: number[];
}

const BEST_STYLE = { background: '#f6ffed', fontWeight: 600, color: '#237804' };

/**
 * One row per figure, one column per scenario; the best value of each row that has a better way
 * is marked (green, and a tag for those who do not see colour). Each cell carries its raw value
 * (fen, kWh…) as data-value, so a test can check it against the core's figures.
 */
export function FiguresTable({ scenarios, lang }: { scenarios: readonly ScenarioComparison[]; lang: Lang }) {
  const { t } = useTranslation();
  const loose = t as unknown as Loose;
  const lines: Line[] = FIGURE_ROWS.map((row) => {
    const values = scenarios.map(row.value);
    return { key: row.key, row, values, best: bestColumns(values, row.better) };
  });
  const columns: TableColumnsType<Line> = [
    {
      key: 'figure',
      title: t('scenarioUi.colFigure'),
      width: 280,
      fixed: 'left',
      render: (_, l) => loose(`scenarioUi.row_${l.key}`),
    },
    ...scenarios.map((s, i) => ({
      key: `s${i}`,
      title: <span data-testid={`scenario-column-${i}`}>{s.name}</span>,
      align: 'right' as const,
      onCell: (l: Line) => ({ style: l.best.includes(i) ? BEST_STYLE : undefined }),
      render: (_: unknown, l: Line) => {
        const text =
          figureText(l.values[i] ?? null, l.row.format, lang) ??
          (l.key === 'irr' ? t('scenarioUi.noIrr') : t('scenarioUi.noPayback'));
        return (
          <span
            data-testid={`scenario-figure-${l.key}-${i}`}
            data-value={l.values[i] ?? ''}
            data-best={l.best.includes(i) ? 'true' : undefined}
          >
            {text}
            {l.best.includes(i) && scenarios.length > 1 && (
              <Tag color="green" style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>
                {t('scenarioUi.best')}
              </Tag>
            )}
          </span>
        );
      },
    })),
  ];
  return (
    <Flex vertical gap={8}>
      <CompareTable<Line> testid="scenario-figures" columns={columns} dataSource={lines} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('scenarioUi.bestHint')}
      </Typography.Text>
      <Breakdown scenarios={scenarios} lang={lang} />
    </Flex>
  );
}

/** What the totals are made of: investment by kind, and energy saved by source in its own unit. */
function Breakdown({ scenarios, lang }: { scenarios: readonly ScenarioComparison[]; lang: Lang }) {
  const { t } = useTranslation();
  const loose = t as unknown as Loose;
  const categoryName = (c: string) => loose(`projects.category_${c}`, { ns: 'shared' });
  return (
    <Flex vertical gap={4} style={{ fontSize: 13 }}>
      {scenarios.map((s, i) => {
        const parts = LINE_CATEGORIES.filter((c) => s.figures.investment.byCategory[c] !== 0).map(
          (c) => `${categoryName(c)} ${formatFenWan(s.figures.investment.byCategory[c], lang)}`,
        );
        const energy = ENERGY_SOURCES.flatMap((e) => {
          const q = s.figures.savings.energy[e.code];
          if (q === undefined || q === 0) return [];
          const amount = q.toLocaleString(lang, { maximumFractionDigits: 0 });
          return [t('scenarioUi.energyItem', { source: lang === 'en' ? e.en : e.zh, amount, unit: e.unit })];
        });
        const sep = lang === 'en' ? '; ' : '；';
        const colon = lang === 'en' ? ': ' : '：';
        return (
          <Typography.Text key={i} type="secondary" data-testid={`scenario-breakdown-${i}`}>
            <Typography.Text strong>{s.name}</Typography.Text>
            {' · '}
            {t('scenarioUi.byCategory')}
            {colon}
            {parts.join(sep) || '—'}
            {' · '}
            {t('scenarioUi.energyBySource')}
            {colon}
            {energy.join(sep) || t('scenarioUi.energyNone')}
          </Typography.Text>
        );
      })}
    </Flex>
  );
}

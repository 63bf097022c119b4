import { Flex, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { CompareTable } from './CompareTable';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Lang } from '../../shared/i18n/messages';
import type { ScenarioComparisonReport } from '../../shared/scenarios/scenarios-api';
import type { ReadinessSnapshot } from '../../shared/scenarios/readiness-snapshot';
import { ChartCard } from '../dashboard/ChartCard';
import { bestColumns, deltaText } from './scenario-format';
import { inLang } from '../dashboard/figure-text';

type Score = ReadinessSnapshot['scores'][number];

interface Line {
  key: string;
  label: string;
  now: Score;
  after: Score[];
  best: number[];
}

const NOW_COLOR = '#bfbfbf';
/** Distinct in print and for the common colour-vision deficiencies (Okabe–Ito). */
const COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
const TICK = { fontSize: 12, fill: '#595959' };
const BEST_STYLE = { background: '#f6ffed', fontWeight: 600, color: '#237804' };

const pick = (lang: Lang, text: { zh: string; en: string }) => inLang(text, lang);
const points = (n: number, lang: Lang) =>
  n.toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * Each readiness score now and once each scenario is done, with the change; a row opens into the
 * score's inputs, so the user sees which part of the register the plan moves.
 */
export function ReadinessCompare({ report, lang }: { report: ScenarioComparisonReport; lang: Lang }) {
  const { t } = useTranslation();
  const { scenarios, baseline } = report;
  const lines: Line[] = baseline.scores.map((now) => {
    const after = scenarios.map((s) => s.readinessAfter.scores.find((x) => x.key === now.key)!);
    return {
      key: now.key,
      label: pick(lang, now.label),
      now,
      after,
      best: bestColumns(
        after.map((a) => a.score),
        'higher',
      ),
    };
  });
  const columns: TableColumnsType<Line> = [
    { key: 'label', title: t('scenarioUi.colFigure'), render: (_, l) => l.label, width: 220 },
    {
      key: 'now',
      title: t('scenarioUi.colNow'),
      align: 'right',
      render: (_, l) => (
        <span data-testid={`scenario-readiness-${l.key}-now`}>{points(l.now.score, lang)}</span>
      ),
    },
    ...scenarios.map((s, i) => ({
      key: `s${i}`,
      title: t('scenarioUi.readinessAfter', { name: s.name }),
      align: 'right' as const,
      onCell: (l: Line) => ({ style: l.best.includes(i) ? BEST_STYLE : undefined }),
      render: (_: unknown, l: Line) => (
        <span data-testid={`scenario-readiness-${l.key}-${i}`} data-value={l.after[i]!.score}>
          {points(l.after[i]!.score, lang)}
          <Typography.Text type="secondary">
            {t('scenarioUi.readinessDelta', { delta: deltaText(s.readinessDelta[l.key] ?? 0, lang) })}
          </Typography.Text>
        </span>
      ),
    })),
  ];

  const rows = lines.map((l) => ({
    label: l.label,
    now: l.now.score,
    ...Object.fromEntries(l.after.map((a, i) => [`s${i}`, a.score])),
  }));
  const series = [
    { dataKey: 'now', name: t('scenarioUi.colNow'), color: NOW_COLOR },
    ...scenarios.map((s, i) => ({
      dataKey: `s${i}`,
      name: t('scenarioUi.readinessAfter', { name: s.name }),
      color: COLORS[i % COLORS.length]!,
    })),
  ];
  const assessment = report.assessment;
  const answersNote = assessment
    ? t('scenarioUi.assessmentUsed', { title: assessment.title, date: assessment.assessedOn })
    : t('scenarioUi.assessmentNone');

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{pick(lang, report.readinessRule)}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {answersNote}
      </Typography.Text>
      <CompareTable<Line>
        testid="scenario-readiness"
        columns={columns}
        dataSource={lines}
        expandable={{
          expandedRowRender: (l) => (
            <Flex vertical gap={2} style={{ fontSize: 12 }}>
              {l.now.inputs.map((input, k) => (
                <Typography.Text key={input.key} type="secondary">
                  {pick(lang, input.label)}: {points(input.points, lang)} / {input.maxPoints}
                  {l.after
                    .map((a, i) => ` → ${scenarios[i]!.name} ${points(a.inputs[k]!.points, lang)}`)
                    .join('')}
                </Typography.Text>
              ))}
            </Flex>
          ),
        }}
      />
      <ChartCard
        id="scenario-readiness"
        fileName={t('scenarioUi.readinessChart')}
        title={t('scenarioUi.readinessChart')}
        subtitle={t('scenarioUi.readinessChartSubtitle')}
        legend={series.map((s) => ({ label: s.name, color: s.color }))}
        notes={[answersNote]}
      >
        <ResponsiveContainer width="100%" height={90 + lines.length * (24 + series.length * 14)}>
          <BarChart layout="vertical" data={rows} margin={{ top: 4, right: 24, bottom: 20, left: 4 }}>
            <CartesianGrid horizontal={false} stroke="#f0f0f0" />
            <XAxis
              type="number"
              domain={[0, 100]}
              tick={TICK}
              label={{ value: t('scenarioUi.readinessAxis'), position: 'insideBottom', offset: -14, ...TICK }}
            />
            <YAxis
              type="category"
              dataKey="label"
              interval={0}
              tick={TICK}
              width={lang === 'en' ? 170 : 110}
            />
            <Tooltip formatter={(n) => points(Number(n), lang)} />
            {series.map((s) => (
              <Bar
                key={s.dataKey}
                dataKey={s.dataKey}
                name={s.name}
                fill={s.color}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
    </Flex>
  );
}

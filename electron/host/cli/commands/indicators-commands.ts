import type { Core } from '../../../core/core';
import type { Indicator, IndicatorReport } from '../../../../shared/indicators/compute-indicators';
import {
  INDICATOR_UNITS,
  UNIT_DIGITS,
  type IndicatorUnit,
} from '../../../../shared/indicators/indicator-units';
import { reportLines } from '../../../../shared/indicators/report-lines';
import { message, type Lang } from '../../../../shared/i18n/messages';
import { optionalNumber, type Flags } from '../cli-args';
import { printResult, table, UsageError, type CliContext } from '../cli-io';

export const INDICATOR_FLAGS = ['enterprise', 'year'];

const figure = ({ value, numerator, denominator }: Indicator) => ({ value, numerator, denominator });

/** `indicators --json`: the keys and shapes issue 4 fixes; counts are units in service. */
export function indicatorsJson(r: IndicatorReport) {
  const i = r.indicators;
  return {
    nc_rate: figure(i.nc_rate),
    networking_rate: figure(i.networking_rate),
    robot_density: figure(i.robot_density),
    motor_ie3_share: { ...figure(i.motor_ie3_share), unknown_share: i.motor_class_unknown_share.value },
    over_age_share: figure(i.over_age_share),
    automated_value_share: figure(i.automated_value_share),
    new_product_output_rate: figure(i.new_product_output_rate),
    energy_intensity: figure(i.energy_intensity),
    diesel_generators: r.counts.diesel_generators.units,
    coal_oil_boilers: r.counts.coal_oil_boilers.units,
    motors_below_ie3: r.counts.motors_below_ie3.units,
  };
}

function amount(lang: Lang, unit: IndicatorUnit, v: number | null): string | null {
  if (v === null) return null;
  if (unit === 'share') return `${(v * 100).toFixed(UNIT_DIGITS.share)}%`;
  const n = v.toLocaleString(lang, { maximumFractionDigits: UNIT_DIGITS[unit] });
  return `${n} ${message(lang, `indicators.unit_${unit}`)}`;
}

const pick = (lang: Lang, text: { zh: string; en: string }) => (lang === 'en' ? text.en : text.zh);

function describe(r: IndicatorReport, lang: Lang): string {
  const t = (key: string, params = {}) => message(lang, `indicators.${key}`, params);
  const i = r.indicators;
  const whole = (n: number) => n.toLocaleString(lang, { maximumFractionDigits: 0 });
  const rows = reportLines(r).map((line) => [
    t(`name_${line.key}`),
    amount(lang, line.units.value, line.value),
    line.denominator === null && line.units.denominator === null
      ? null
      : amount(lang, line.units.numerator, line.numerator),
    line.units.denominator === null ? null : amount(lang, line.units.denominator, line.denominator),
    line.excluded.rows === 0 ? null : `${whole(line.excluded.rows)} / ${whole(line.excluded.units)}`,
    line.figuresYear ?? null,
  ]);
  const e = r.electricity;
  const loadFactor = r.assumptions.loadFactor;
  return [
    t('heading', { year: r.referenceYear }),
    table(
      [
        t('colIndicator'),
        t('colValue'),
        t('colNumerator'),
        t('colDenominator'),
        t('colExcluded'),
        t('colFiguresYear'),
      ],
      rows,
    ),
    '',
    t('inService'),
    t('estimatedKwh', { kwh: whole(e.estimatedKwh), units: whole(e.included.units) }),
    ...(e.unitsAtAssumedLoadFactor > 0
      ? [
          t('loadFactorAssumed', {
            units: whole(e.unitsAtAssumedLoadFactor),
            value: loadFactor.value,
            basis: pick(lang, loadFactor.basis),
          }),
        ]
      : []),
    t('designLifeBasis'),
    ...(i.energy_intensity.figuresYear === null
      ? []
      : [t('standardCoalBasis', { basis: pick(lang, r.standardCoal.electricity.basis) })]),
    '',
    t('references'),
    ...r.references.map(
      (ref) =>
        '  ' +
        t('referenceLine', {
          label: pick(lang, ref.label),
          value: amount(lang, INDICATOR_UNITS[ref.indicator].value, ref.value),
          year: ref.year,
          source: pick(lang, ref.source),
        }),
    ),
  ].join('\n');
}

export async function indicatorsCommand(
  core: Core,
  action: string | undefined,
  flags: Flags,
  ctx: CliContext,
): Promise<number> {
  if (action !== undefined) throw new UsageError(`indicators takes no command, got "${action}"`);
  const enterpriseId = optionalNumber(flags, 'enterprise', { integer: true });
  if (enterpriseId === undefined) throw new UsageError('--enterprise is required');
  const year = optionalNumber(flags, 'year', { integer: true });
  const report = await core.call('indicators.compute', {
    enterpriseId,
    ...(year === undefined ? {} : { year }),
  });
  printResult(ctx, indicatorsJson(report), () => describe(report, ctx.lang));
  return 0;
}

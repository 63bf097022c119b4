/**
 * The application draft of one project as data (DOMAIN.md §10), from what the app's own pages show:
 * the profile, the project with its figures (projectFigures), the indicator and readiness reports,
 * the funding evaluation and the narratives the user wrote. Pure: every figure is copied from those
 * inputs or worked out with the same calculators (energyImpact for a line of the energy table), so
 * the draft says what the app says. Tables and charts are numbered in the order they appear.
 */
import type { Enterprise } from '../enterprise/enterprise-schema';
import { districtLabel } from '../enterprise/districts';
import { ENERGY_SOURCES, type EnergySourceCode } from '../enterprise/energy-sources';
import { industryLabel } from '../enterprise/industry-divisions';
import { energyImpact } from '../energy/energy-basis';
import { fuelKgCo2PerUnit } from '../energy/fuel-emissions';
import { LEVELS } from '../assessment/cmmm-structure';
import { SELF_ASSESSMENT_NOTICE } from '../assessment/maturity-scoring';
import type { FundingEvaluation, ProgrammeEvaluation } from '../funding/evaluate-programmes';
import { formatFact } from '../funding/fact-format';
import { pickText } from '../funding/bilingual-text';
import { message, type Lang } from '../i18n/messages';
import type { IndicatorReport } from '../indicators/compute-indicators';
import { UNIT_DIGITS, type IndicatorUnit } from '../indicators/indicator-units';
import { reportLines } from '../indicators/report-lines';
import { ruleOfId } from '../opportunities/competing-measures';
import { RULE_BY_KEY } from '../opportunities/opportunity-rules';
import { PROJECT_DIRECTIONS } from '../projects/directions';
import { FINANCING_KINDS, LINE_CATEGORIES, type ProjectLine } from '../projects/project-schema';
import type { ProjectDetail } from '../projects/projects-api';
import { cite, namedTradeOf, PASSAGES, type PassageKey } from '../readiness/policy-clauses';
import type { ReadinessReport } from '../readiness/readiness-api';
import { chooseSupport } from '../scenarios/support-choice';
import { formatDraftNumber, formatDraftPercent, formatFenYuan } from './draft-cells';
import {
  DRAFT_CHAPTERS,
  type DraftBlock,
  type DraftCell,
  type DraftChapter,
  type DraftChapterId,
  type DraftChart,
  type DraftColumn,
  type DraftFacts,
  type DraftGap,
  type DraftModel,
  type DraftTable,
} from './draft-model';
import { CHAPTER_HEADINGS, draftText, inDraftLang, type DraftTextKey } from './draft-text';
import type { FixPage, FixTarget } from './fix-target';
import { narrativeSection, type NarrativeSectionKey } from './narrative-sections';
import { localDate } from '../calendar-day';

export interface DraftInputs {
  lang: Lang;
  /** When the draft is made; its local date is printed on the front page. */
  now: Date;
  enterprise: Enterprise;
  project: ProjectDetail;
  /** "<packId>/<programmeId>" the project applies to, or null. */
  targetProgramme: string | null;
  indicators: IndicatorReport;
  readiness: ReadinessReport;
  /** The project's evaluation as `funding.evaluate` gives it (its stated facts included). */
  funding: FundingEvaluation;
  /** The narrative sections written so far; blank ones count as missing. */
  narratives: Partial<Record<NarrativeSectionKey, string>>;
}

/** The programme the draft asks support from, and how much it would give. */
interface Sought {
  name: string;
  fen: number | null;
}

interface Build {
  input: DraftInputs;
  lang: Lang;
  t: (key: DraftTextKey, params?: Record<string, string | number>) => string;
  money: (fen: number) => string;
  tables: DraftTable[];
  charts: DraftChart[];
  gaps: DraftGap[];
  fix: (page: FixPage, anchor: string | null) => FixTarget;
  sought: Sought | null;
}

const col = (
  key: string,
  label: string,
  kind: DraftColumn['kind'],
  more: Partial<Omit<DraftColumn, 'key' | 'label' | 'kind'>> = {},
): DraftColumn => ({ key, label, kind, unit: null, decimals: 0, summed: false, ...more });

function addTable(b: Build, table: Omit<DraftTable, 'number'>): DraftBlock {
  b.tables.push({ ...table, number: b.tables.length + 1 });
  return { kind: 'table', table: table.id };
}

function addChart(b: Build, chart: Omit<DraftChart, 'number'>): DraftBlock {
  b.charts.push({ ...chart, number: b.charts.length + 1 });
  return { kind: 'chart', chart: chart.id };
}

/** Records a gap and returns the highlighted block that marks it in the text. */
function gap(
  b: Build,
  chapter: DraftChapterId,
  text: string,
  fix: FixTarget,
  narrative: NarrativeSectionKey | null = null,
): DraftBlock {
  b.gaps.push({ chapter, text, fix, narrative });
  return { kind: 'missing', text, fix };
}

const paragraph = (text: string): DraftBlock => ({ kind: 'paragraph', text });
const subheading = (text: string): DraftBlock => ({ kind: 'subheading', text });

/** The user's text, a paragraph per line; a 'missing' block and a gap while it is blank. */
function narrative(b: Build, chapter: DraftChapterId, key: NarrativeSectionKey): DraftBlock[] {
  const body = b.input.narratives[key]?.trim();
  if (body) {
    return body
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map(paragraph);
  }
  const title = inDraftLang(b.lang, narrativeSection(key));
  return [gap(b, chapter, b.t('missingNarrative', { title }), b.fix('narratives', key), key)];
}

const figure = (b: Build, n: number, digits: number) =>
  n.toLocaleString(b.lang, { maximumFractionDigits: digits });

function paybackText(b: Build): string {
  const years = b.input.project.figures.returns.simplePaybackYears;
  return years === null ? b.t('paybackNever') : b.t('years', { value: figure(b, years, 2) });
}

/** The IRR, or 不存在/none with the reason the app gives. */
function irrText(b: Build): string {
  const r = b.input.project.figures.returns;
  if (r.irr !== null) return formatDraftPercent(r.irr, 2, b.lang);
  return b.t('irrNone', { why: message(b.lang, `projects.irr_${r.irrStatus}`) });
}

function direction(b: Build) {
  const d = PROJECT_DIRECTIONS[b.input.project.direction];
  return {
    direction: inDraftLang(b.lang, d.name),
    citation: d.citation,
    clauseTitle: inDraftLang(b.lang, d.clauseTitle),
    clause: d.clause,
  };
}

/**
 * The target programme when the project names one; otherwise the eligible programme giving most,
 * as a scenario counts it (one programme, never stacked, at most the investment).
 */
function soughtSupport(input: DraftInputs, lang: Lang): Sought | null {
  if (input.targetProgramme) {
    const [packId, programmeId] = input.targetProgramme.split('/');
    const p = input.funding.packs
      .find((x) => x.packId === packId)
      ?.programmes.find((x) => x.programmeId === programmeId);
    if (p) return { name: pickText(lang, p.name), fen: p.estimatedSupportFen };
  }
  const choice = chooseSupport(input.funding, input.project.figures.investment.totalFen);
  return choice.programme ? { name: pickText(lang, choice.programme.name), fen: choice.supportFen } : null;
}

// ---- chapters ------------------------------------------------------------------------------------

function overview(b: Build): DraftBlock[] {
  const { project, enterprise } = b.input;
  const f = project.figures;
  const blocks = [
    paragraph(b.t('overviewWho', { project: project.name, enterprise: enterprise.name, ...direction(b) })),
  ];
  if (project.startDate || project.endDate) {
    blocks.push(
      paragraph(
        b.t('overviewPeriod', {
          start: project.startDate ?? b.t('open'),
          end: project.endDate ?? b.t('open'),
        }),
      ),
    );
  }
  const sought = b.sought;
  const money = b.t('overviewMoney', {
    total: b.money(f.investment.totalFen),
    eligible: b.money(f.investment.eligibleFen),
  });
  const support = sought
    ? b.t('overviewSought', {
        programme: sought.name,
        amount: sought.fen === null ? '—' : b.money(sought.fen),
      })
    : b.t('overviewNoSupport');
  blocks.push(paragraph(money + (b.lang === 'en' ? ' ' : '') + support));
  blocks.push(
    paragraph(
      b.t('overviewBenefits', {
        saving: b.money(f.benefits.annualCostSavingFen),
        output: b.money(f.benefits.annualOutputValueFen),
        tce: formatDraftNumber(f.benefits.tce, 3, b.lang),
        co2: formatDraftNumber(f.benefits.co2Tonnes, 3, b.lang),
        payback: paybackText(b),
      }),
    ),
  );
  if (project.description?.trim()) {
    blocks.push(paragraph(b.t('overviewDescription', { text: project.description.trim() })));
  }
  return blocks;
}

/** The passages the project's measures rest on; those of its direction's clause when it has none. */
function passagesOf(project: ProjectDetail, clause: string): PassageKey[] {
  const keys = new Set<PassageKey>();
  const ids = [...project.lines, ...project.benefits].map((x) => x.opportunityId);
  for (const id of ids) {
    const rule = id === null ? null : ruleOfId(id);
    for (const p of (rule && RULE_BY_KEY.get(rule)?.passages) || []) keys.add(p);
  }
  if (keys.size === 0) {
    for (const [key, p] of Object.entries(PASSAGES)) if (p.clause === clause) keys.add(key as PassageKey);
  }
  return [...keys];
}

function background(b: Build): DraftBlock[] {
  const { project, enterprise } = b.input;
  const d = direction(b);
  const passages = passagesOf(project, d.clause);
  const blocks: DraftBlock[] = [subheading(b.t('policyBasis'))];
  blocks.push(paragraph(b.t(passages.length ? 'policyDirection' : 'policyDirectionOnly', d)));
  if (passages.length) {
    blocks.push({
      kind: 'list',
      items: passages.map((key) => {
        const c = cite(key);
        return b.t('passage', {
          citation: c.citation,
          title: inDraftLang(b.lang, c.title),
          quote: inDraftLang(b.lang, c.quote),
        });
      }),
    });
  }
  const trade = namedTradeOf(enterprise.industryDivision);
  if (trade && (d.clause === '五' || passages.some((p) => PASSAGES[p].clause === '五'))) {
    blocks.push(
      paragraph(
        b.t('namedTrade', {
          division: inDraftLang(b.lang, trade.divisionName),
          trade: inDraftLang(b.lang, trade.trade),
        }),
      ),
    );
  }
  blocks.push(subheading(b.t('backgroundNeed')), ...narrative(b, 'background', 'background'));
  return blocks;
}

function profileFacts(b: Build): string[] {
  const e = b.input.enterprise;
  const facts = [b.t('factName', { value: e.name })];
  if (e.nameEn) facts.push(b.t('factNameEn', { value: e.nameEn }));
  if (e.uscc) facts.push(b.t('factUscc', { value: e.uscc }));
  if (e.district) {
    const where =
      e.district === 'outside' && e.cityOutside ? e.cityOutside : districtLabel(e.district, b.lang);
    facts.push(b.t('factDistrict', { value: where }));
  }
  if (e.industryDivision)
    facts.push(b.t('factIndustry', { value: industryLabel(e.industryDivision, b.lang) }));
  if (e.manufacturingType) {
    facts.push(
      b.t('factType', { value: formatFact(b.lang, 'enterprise.manufacturingType', e.manufacturingType) }),
    );
  }
  if (e.sizeClass) {
    facts.push(
      b.t('factSize', {
        value: formatFact(b.lang, 'enterprise.sizeClass', e.sizeClass.size),
        year: e.sizeClass.year,
        source: e.sizeClass.source,
      }),
    );
  }
  const y = e.years[0];
  if (y) {
    const yuan = (v: number) => b.money(Math.round(v * 100));
    if (y.employees !== null) {
      facts.push(b.t('factEmployees', { year: y.year, value: figure(b, y.employees, 0) }));
    }
    if (y.revenueYuan !== null) facts.push(b.t('factRevenue', { year: y.year, value: yuan(y.revenueYuan) }));
    if (y.outputValueYuan !== null) {
      facts.push(b.t('factOutput', { year: y.year, value: yuan(y.outputValueYuan) }));
    }
    if (y.newProductOutputYuan !== null) {
      const rate = y.newProductRate?.value;
      facts.push(
        b.t('factNewProduct', {
          year: y.year,
          value: yuan(y.newProductOutputYuan),
          rate: rate === null || rate === undefined ? '—' : formatDraftPercent(rate, 1, b.lang),
        }),
      );
    }
    if (y.rndYuan !== null) facts.push(b.t('factRnd', { year: y.year, value: yuan(y.rndYuan) }));
    if (y.fixedAssetsYuan !== null) {
      facts.push(b.t('factFixedAssets', { year: y.year, value: yuan(y.fixedAssetsYuan) }));
    }
  }
  return facts;
}

/** An indicator figure with its unit, as the dashboard writes it. */
function indicatorAmount(b: Build, unit: IndicatorUnit, n: number | null): string | null {
  if (n === null) return null;
  if (unit === 'share') return formatDraftPercent(n, UNIT_DIGITS.share, b.lang);
  if (unit === 'yuan') return b.money(Math.round(n * 100));
  const label = message(b.lang, `indicators.unit_${unit}`);
  return `${formatDraftNumber(n, UNIT_DIGITS[unit], b.lang)} ${label}`;
}

const SHARE_CHART_INDICATORS = [
  'nc_rate',
  'networking_rate',
  'motor_ie3_share',
  'over_age_share',
  'automated_value_share',
  'new_product_output_rate',
] as const;

function indicatorBlocks(b: Build): DraftBlock[] {
  const report = b.input.indicators;
  const lines = reportLines(report);
  const rows: DraftCell[][] = lines.map((l) => {
    const ref = l.references;
    return [
      message(b.lang, `indicators.name_${l.key}`),
      indicatorAmount(b, l.units.value, l.value),
      indicatorAmount(b, l.units.numerator, l.numerator),
      l.units.denominator === null ? null : indicatorAmount(b, l.units.denominator, l.denominator),
      l.figuresYear ? String(l.figuresYear) : null,
      ref.length
        ? ref
            .map((r) =>
              b.t('referenceValue', {
                label: inDraftLang(b.lang, r.label),
                value: indicatorAmount(b, l.units.value, r.value) ?? '',
              }),
            )
            .join(b.t('clauseSeparator'))
        : null,
      ref.length
        ? ref
            .map((r) => b.t('referenceSource', { source: inDraftLang(b.lang, r.source), year: r.year }))
            .join(b.t('clauseSeparator'))
        : null,
    ];
  });
  const caveats = [
    ...new Set(report.references.flatMap((r) => (r.caveat ? [inDraftLang(b.lang, r.caveat)] : []))),
  ];
  const blocks = [
    subheading(b.t('indicatorsHeading', { year: report.referenceYear })),
    addTable(b, {
      id: 'indicators',
      caption: b.t('indicatorsCaption'),
      columns: [
        col('indicator', b.t('colIndicator'), 'text'),
        col('value', b.t('colValue'), 'text'),
        col('numerator', b.t('colNumerator'), 'text'),
        col('denominator', b.t('colDenominator'), 'text'),
        col('figuresYear', b.t('colFiguresYear'), 'text'),
        col('reference', b.t('colReference'), 'text'),
        col('referenceSource', b.t('colReferenceSource'), 'text'),
      ],
      rows,
      total: null,
      notes: [
        message(b.lang, 'indicators.inService'),
        message(b.lang, 'indicators.designLifeBasis'),
        message(b.lang, 'indicators.standardCoalBasis', {
          basis: inDraftLang(b.lang, report.standardCoal.electricity.basis),
        }),
        ...caveats,
      ],
    }),
  ];
  const bars = SHARE_CHART_INDICATORS.flatMap((key) => {
    const value = report.indicators[key].value;
    if (value === null) return [];
    const ref = report.references.find((r) => r.indicator === key);
    return [
      {
        label: message(b.lang, `indicators.name_${key}`),
        value: round(value * 100, 1),
        reference: ref ? round(ref.value * 100, 1) : null,
      },
    ];
  });
  if (bars.length) {
    blocks.push(
      addChart(b, { id: 'indicators', caption: b.t('indicatorsChartCaption'), unit: '%', max: 100, bars }),
    );
  }
  return blocks;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

function readinessBlocks(b: Build): DraftBlock[] {
  const { scores, basis } = b.input.readiness;
  const blocks = [
    subheading(b.t('readinessHeading')),
    addTable(b, {
      id: 'readiness',
      caption: b.t('readinessCaption'),
      columns: [
        col('score', b.t('colScore'), 'text'),
        col('points', b.t('colPoints'), 'number', { unit: b.t('pointsUnit'), decimals: 1 }),
        col('max', b.t('colMaxPoints'), 'number', { unit: b.t('pointsUnit') }),
        col('action', b.t('colTopAction'), 'text'),
      ],
      rows: scores.map((s) => [
        inDraftLang(b.lang, s.label),
        s.score,
        100,
        s.actions[0] ? inDraftLang(b.lang, s.actions[0].title) : null,
      ]),
      total: null,
      notes: [inDraftLang(b.lang, basis)],
    }),
    addChart(b, {
      id: 'readiness',
      caption: b.t('readinessChartCaption'),
      unit: b.t('pointsUnit'),
      max: 100,
      bars: scores.map((s) => ({ label: inDraftLang(b.lang, s.label), value: s.score, reference: null })),
    }),
  ];
  return blocks;
}

function maturityBlocks(b: Build): DraftBlock[] {
  const a = b.input.readiness.assessment;
  const blocks = [subheading(b.t('maturityHeading'))];
  if (!a) return [...blocks, paragraph(b.t('maturityNone'))];
  const level = LEVELS.find((l) => l.level === a.level);
  const params = {
    date: a.assessedOn,
    title: a.title,
    total: formatDraftNumber(a.total, 2, b.lang),
    level: a.level,
    levelName: level ? inDraftLang(b.lang, level) : '',
    answered: a.answered,
    questions: a.questions,
  };
  return [
    ...blocks,
    paragraph(b.t(level ? 'maturityLevel' : 'maturityNoLevel', params)),
    paragraph(inDraftLang(b.lang, SELF_ASSESSMENT_NOTICE)),
  ];
}

function enterpriseChapter(b: Build): DraftBlock[] {
  const e = b.input.enterprise;
  const blocks: DraftBlock[] = [subheading(b.t('profile')), { kind: 'list', items: profileFacts(b) }];
  if (!e.uscc) blocks.push(gap(b, 'enterprise', b.t('gapUscc'), b.fix('enterprise', 'uscc')));
  if (e.years.length === 0) blocks.push(gap(b, 'enterprise', b.t('gapYears'), b.fix('enterprise', 'years')));
  blocks.push(...narrative(b, 'enterprise', 'company_profile'));
  return [...blocks, ...indicatorBlocks(b), ...readinessBlocks(b), ...maturityBlocks(b)];
}

/** "替换：M1 冷却水泵；淘汰：M4 闲置电机". */
function registerRowsText(b: Build, line: ProjectLine): string | null {
  if (line.equipment.length === 0) return null;
  return line.equipment
    .map((e) => {
      const name = [e.assetCode, e.name].filter(Boolean).join(' ');
      const gone = e.live ? '' : b.t('deletedRow');
      return `${b.t(`relation_${e.relation}`)}${b.lang === 'en' ? ' ' : '：'}${name}${gone}`;
    })
    .join(b.t('clauseSeparator'));
}

const categoryName = (b: Build, c: string) => message(b.lang, `projects.category_${c}`);

function technicalChapter(b: Build): DraftBlock[] {
  const { project } = b.input;
  const blocks = [...narrative(b, 'technical', 'technical'), subheading(b.t('equipmentHeading'))];
  if (project.lines.length === 0) {
    return [...blocks, gap(b, 'technical', b.t('gapLines'), b.fix('project-lines', null))];
  }
  const whole = project.lines.every((l) => Number.isInteger(l.quantity));
  const money = (key: string, label: string, summed = false) =>
    col(key, label, 'money', { unit: b.t('yuanUnit'), decimals: 2, summed });
  blocks.push(
    addTable(b, {
      id: 'equipment',
      caption: b.t('equipmentCaption'),
      columns: [
        col('category', b.t('colCategory'), 'text'),
        col('name', b.t('colName'), 'text'),
        col('model', b.t('colModel'), 'text'),
        col('quantity', b.t('colQuantity'), 'number', { decimals: whole ? 0 : 2 }),
        money('unitPrice', b.t('colUnitPrice')),
        money('amount', b.t('colAmount'), true),
        col('supplier', b.t('colSupplier'), 'text'),
        col('imported', b.t('colImported'), 'boolean'),
        col('registerRows', b.t('colRegisterRows'), 'text'),
      ],
      rows: project.lines.map((l) => [
        categoryName(b, l.category),
        l.name,
        l.model,
        l.quantity,
        l.unitPriceFen,
        l.amountFen,
        l.supplier,
        l.origin === null ? null : l.origin === 'imported',
        registerRowsText(b, l),
      ]),
      total: [b.t('total'), null, null, null, null, project.figures.investment.totalFen, null, null, null],
      notes: [b.t('equipmentNote')],
    }),
  );
  return blocks;
}

function siteChapter(b: Build): DraftBlock[] {
  const site = b.input.project.site?.trim();
  const first = site
    ? paragraph(b.t('siteText', { site }))
    : gap(b, 'site', b.t('gapSite'), b.fix('project', 'site'));
  return [first, ...narrative(b, 'site', 'site')];
}

/** Each coefficient and factor the energy table used, with its source and year, as the project page lists them. */
function energyNotes(b: Build, sources: EnergySourceCode[]): string[] {
  const ben = b.input.project.figures.benefits;
  const basis = ben.energyBasis;
  const name = (code: EnergySourceCode) =>
    inDraftLang(
      b.lang,
      ENERGY_SOURCES.find((s) => s.code === code)!,
    );
  const notes = [
    b.t('gridNote', {
      value: basis.gridFactor.kgPerKwh,
      year: basis.gridFactor.year,
      basis: inDraftLang(b.lang, basis.gridFactor.basis),
    }),
  ];
  for (const code of sources) {
    const coal = basis.standardCoal[code];
    const unit = ENERGY_SOURCES.find((s) => s.code === code)!.unit;
    notes.push(
      b.t('coalNote', {
        source: name(code),
        value: coal.kgcePerUnit,
        unit,
        basis: inDraftLang(b.lang, coal.basis),
      }),
    );
  }
  if (sources.some((c) => c !== 'electricity')) {
    notes.push(b.t('fuelCo2Note', { basis: inDraftLang(b.lang, basis.fuelCo2Basis) }));
  }
  if (ben.co2NotCounted.length) {
    notes.push(b.t('noCo2Factor', { sources: ben.co2NotCounted.map(name).join(b.t('listSeparator')) }));
  }
  return notes;
}

function energyChapter(b: Build): DraftBlock[] {
  const ben = b.input.project.figures.benefits;
  const basis = ben.energyBasis;
  const sources = ENERGY_SOURCES.filter((s) => ben.energy[s.code] !== undefined && ben.energy[s.code] !== 0);
  const blocks: DraftBlock[] = [subheading(b.t('energyHeading'))];
  if (sources.length === 0 && ben.otherCo2Tonnes === 0) {
    blocks.push(paragraph(b.t('noEnergy')));
  } else {
    const rows: DraftCell[][] = sources.map((s) => {
      const quantity = ben.energy[s.code] as number;
      // The same calculator the project's totals use, one source at a time.
      const impact = energyImpact({ [s.code]: quantity }, basis);
      const factor = s.code === 'electricity' ? basis.gridFactor.kgPerKwh : fuelKgCo2PerUnit(s.code);
      return [
        inDraftLang(b.lang, s),
        quantity,
        s.unit,
        basis.standardCoal[s.code].kgcePerUnit,
        impact.tce,
        factor,
        factor === null ? null : impact.co2Tonnes,
      ];
    });
    if (ben.otherCo2Tonnes !== 0)
      rows.push([b.t('otherCo2Row'), null, null, null, null, null, ben.otherCo2Tonnes]);
    blocks.push(
      addTable(b, {
        id: 'energy',
        caption: b.t('energyCaption'),
        columns: [
          col('source', b.t('colEnergySource'), 'text'),
          col('saved', b.t('colSaved'), 'number', { decimals: 2 }),
          col('unit', b.t('colUnit'), 'text'),
          col('coalCoefficient', b.t('colCoalCoefficient'), 'number', {
            unit: b.t('kgcePerUnit'),
            decimals: 4,
          }),
          col('tce', b.t('colTce'), 'number', { unit: b.t('tceUnit'), decimals: 3, summed: true }),
          col('co2Factor', b.t('colCo2Factor'), 'number', { unit: b.t('kgCo2PerUnit'), decimals: 4 }),
          col('co2', b.t('colCo2'), 'number', { unit: b.t('co2Unit'), decimals: 3, summed: true }),
        ],
        rows,
        total: [b.t('total'), null, null, null, ben.tce, null, ben.co2Tonnes],
        notes: energyNotes(
          b,
          sources.map((s) => s.code),
        ),
      }),
      paragraph(
        b.t('energySummary', {
          tce: formatDraftNumber(ben.tce, 3, b.lang),
          co2: formatDraftNumber(ben.co2Tonnes, 3, b.lang),
        }),
      ),
    );
  }
  blocks.push(
    subheading(b.t('environmentHeading')),
    ...narrative(b, 'energy_environment', 'environment_safety'),
  );
  return blocks;
}

function scheduleChapter(b: Build): DraftBlock[] {
  const p = b.input.project;
  const blocks: DraftBlock[] = [];
  if (p.startDate && p.endDate) {
    blocks.push(paragraph(b.t('period', { start: p.startDate, end: p.endDate })));
  } else {
    if (p.startDate || p.endDate) {
      blocks.push(
        paragraph(b.t('period', { start: p.startDate ?? b.t('open'), end: p.endDate ?? b.t('open') })),
      );
    }
    blocks.push(gap(b, 'schedule', b.t('gapDates'), b.fix('project', p.startDate ? 'endDate' : 'startDate')));
  }
  if (p.milestones.length === 0) return [...blocks, paragraph(b.t('noMilestones'))];
  blocks.push(
    addTable(b, {
      id: 'schedule',
      caption: b.t('scheduleCaption'),
      columns: [
        col('milestone', b.t('colMilestone'), 'text'),
        col('date', b.t('colDate'), 'text'),
        col('done', b.t('colDone'), 'boolean'),
      ],
      rows: p.milestones.map((m) => [m.name, m.date, m.done]),
      total: null,
      notes: [],
    }),
  );
  return blocks;
}

const WAN_FEN = 1_000_000;

/** A round top for the axis: 1, 2 or 5 times a power of ten. */
export function niceMax(n: number): number {
  if (!(n > 0)) return 1;
  const power = Math.pow(10, Math.floor(Math.log10(n)));
  for (const step of [1, 2, 5, 10]) if (n <= step * power) return step * power;
  return 10 * power;
}

function investmentChapter(b: Build): DraftBlock[] {
  const { project } = b.input;
  const inv = project.figures.investment;
  const fin = project.figures.financing;
  const money = (key: string, label: string, summed = true) =>
    col(key, label, 'money', { unit: b.t('yuanUnit'), decimals: 2, summed });
  const share = (fen: number) => (inv.totalFen > 0 ? fen / inv.totalFen : null);
  const blocks: DraftBlock[] = [
    subheading(b.t('investmentHeading')),
    addTable(b, {
      id: 'investment',
      caption: b.t('investmentCaption'),
      columns: [
        col('category', b.t('colCategory'), 'text'),
        money('amount', b.t('colAmount')),
        money('eligible', b.t('colEligible')),
        col('share', b.t('colShare'), 'percent', { decimals: 1 }),
      ],
      rows: LINE_CATEGORIES.map((c) => [
        categoryName(b, c),
        inv.byCategory[c],
        inv.eligibleByCategory[c],
        share(inv.byCategory[c]),
      ]),
      total: [b.t('total'), inv.totalFen, inv.eligibleFen, inv.totalFen > 0 ? 1 : null],
      notes: [b.t('eligibleBasis', { basis: inDraftLang(b.lang, inv.eligibleBasis) })],
    }),
  ];
  if (project.lines.length === 0) {
    // The gap itself is listed once, under the equipment list.
    blocks.push({ kind: 'missing', text: b.t('gapLines'), fix: b.fix('project-lines', null) });
  } else {
    blocks.push(
      paragraph(
        b.t('investmentText', {
          total: b.money(inv.totalFen),
          vat: b.money(inv.deductibleVatFen),
          eligible: b.money(inv.eligibleFen),
          intelligent: b.money(inv.intelligentFen),
        }),
      ),
    );
    const max = Math.max(...LINE_CATEGORIES.map((c) => inv.byCategory[c]));
    blocks.push(
      addChart(b, {
        id: 'investment',
        caption: b.t('investmentChartCaption'),
        unit: b.t('wanUnit'),
        max: niceMax(max / WAN_FEN),
        bars: LINE_CATEGORIES.map((c) => ({
          label: categoryName(b, c),
          value: inv.byCategory[c] / WAN_FEN,
          reference: null,
        })),
      }),
    );
  }

  blocks.push(subheading(b.t('financingHeading')));
  blocks.push(
    addTable(b, {
      id: 'financing',
      caption: b.t('financingCaption'),
      columns: [
        col('kind', b.t('colKind'), 'text'),
        col('sources', b.t('colSources'), 'text'),
        money('amount', b.t('colAmount')),
        col('share', b.t('colShare'), 'percent', { decimals: 1 }),
      ],
      rows: FINANCING_KINDS.map((k) => {
        const named = project.financing.filter((f) => f.kind === k && f.source).map((f) => f.source!);
        return [
          message(b.lang, `projects.financing_${k}`),
          named.length ? [...new Set(named)].join(b.t('listSeparator')) : null,
          fin.byKind[k],
          fin.totalFen > 0 ? fin.byKind[k] / fin.totalFen : null,
        ];
      }),
      total: [b.t('total'), null, fin.totalFen, fin.totalFen > 0 ? 1 : null],
      notes: [],
    }),
  );
  if (project.financing.length === 0) {
    blocks.push(gap(b, 'investment', b.t('gapFinancing'), b.fix('project-financing', null)));
  } else if (fin.unfinancedFen !== 0) {
    const text = b.t('financingMismatch', {
      financing: b.money(fin.totalFen),
      total: b.money(inv.totalFen),
      what: b.t(fin.unfinancedFen > 0 ? 'financingShort' : 'financingOver'),
      diff: b.money(Math.abs(fin.unfinancedFen)),
    });
    b.gaps.push({
      chapter: 'investment',
      text: b.t('gapFinancingMismatch'),
      fix: b.fix('project-financing', null),
      narrative: null,
    });
    blocks.push({ kind: 'missing', text, fix: b.fix('project-financing', null) });
  }
  if (fin.instalments.length) {
    blocks.push({
      kind: 'list',
      items: fin.instalments.map((i) => {
        const source = project.financing.find((f) => f.id === i.id)?.source;
        return b.t('instalment', {
          kind: message(b.lang, `projects.financing_${i.kind}`),
          source: source ? (b.lang === 'en' ? ` (${source})` : `（${source}）`) : '',
          payment: b.money(i.annualPaymentFen),
          interest: b.money(i.totalInterestFen),
        });
      }),
    });
  }
  return blocks;
}

function benefitsChapter(b: Build): DraftBlock[] {
  const { project } = b.input;
  const f = project.figures;
  const blocks: DraftBlock[] = [];
  if (project.benefits.length === 0) {
    blocks.push(gap(b, 'benefits', b.t('gapBenefits'), b.fix('project-benefits', null)));
  } else {
    const basis = f.benefits.energyBasis;
    const perYear = b.t('yuanPerYearUnit');
    blocks.push(
      addTable(b, {
        id: 'benefits',
        caption: b.t('benefitsCaption'),
        columns: [
          col('benefit', b.t('colBenefit'), 'text'),
          col('saving', b.t('colSaving'), 'money', { unit: perYear, decimals: 2, summed: true }),
          col('output', b.t('colOutput'), 'money', { unit: perYear, decimals: 2, summed: true }),
          col('labour', b.t('colLabour'), 'number', { unit: b.t('personsUnit'), decimals: 1, summed: true }),
          col('tce', b.t('colTce'), 'number', { unit: b.t('tceUnit'), decimals: 3, summed: true }),
          col('co2', b.t('colCo2'), 'number', { unit: b.t('co2Unit'), decimals: 3, summed: true }),
        ],
        rows: project.benefits.map((x) => {
          const impact = energyImpact(Object.fromEntries(x.energy.map((e) => [e.source, e.quantity])), basis);
          return [
            x.label ?? b.t('unnamedBenefit'),
            x.annualCostSavingFen,
            x.annualOutputValueFen,
            x.labourPersons,
            impact.tce,
            impact.co2Tonnes + x.otherCo2Tonnes,
          ];
        }),
        total: [
          b.t('total'),
          f.benefits.annualCostSavingFen,
          f.benefits.annualOutputValueFen,
          f.benefits.labourPersons,
          f.benefits.tce,
          f.benefits.co2Tonnes,
        ],
        notes: [b.t('outputNote')],
      }),
    );
  }
  const r = f.returns;
  blocks.push(subheading(b.t('returnsHeading')), {
    kind: 'list',
    items: [
      b.t('payback', { value: paybackText(b) }),
      b.t('npv', {
        rate: r.discountRate.toLocaleString(b.lang, { style: 'percent', maximumFractionDigits: 4 }),
        years: r.horizonYears,
        value: b.money(r.npvFen),
      }),
      b.t('irr', { value: irrText(b) }),
    ],
  });
  blocks.push(paragraph(inDraftLang(b.lang, r.basis)));
  return blocks;
}

function statusText(b: Build, p: ProgrammeEvaluation): string {
  return message(b.lang, `funding.${p.type === 'check' ? 'checkStatus' : 'status'}_${p.status}`);
}

function programmeBlocks(b: Build, p: ProgrammeEvaluation): DraftBlock[] {
  const s = p.support;
  const items = [b.t('programmeStatus', { status: statusText(b, p) })];
  if (p.type !== 'check' && s.kind !== 'none') {
    items.push(
      s.amountFen === null
        ? b.t('programmeEstimateUnknown')
        : p.status === 'not_eligible'
          ? b.t('programmeIfEligible', { amount: b.money(s.amountFen) })
          : b.t('programmeEstimate', { amount: b.money(s.amountFen) }),
    );
  }
  if (s.steps.length) {
    items.push(
      b.t('programmeComputation', {
        steps: s.steps.map((step) => pickText(b.lang, step.text)).join(b.t('clauseSeparator')),
      }),
    );
  }
  items.push(
    b.t('programmeReasons', {
      reasons: p.reasons.map((r) => pickText(b.lang, r.text)).join(b.t('clauseSeparator')),
    }),
  );
  items.push(
    b.t('programmeSource', { document: p.source.document, url: p.source.url ? ` ${p.source.url}` : '' }),
  );
  if (p.notes) items.push(b.t('programmeNotes', { notes: pickText(b.lang, p.notes) }));
  if (p.checkCurrentNotice) items.push(b.t('checkNotice'));
  if (p.verify) items.push(b.t('verifyFlag'));
  if (p.example) items.push(b.t('exampleFlag'));
  return [
    subheading(
      `${pickText(b.lang, p.name)} — ${b.t('issuerYear', { issuer: pickText(b.lang, p.issuer), year: p.year })}`,
    ),
    { kind: 'list', items },
  ];
}

function fundingChapter(b: Build): DraftBlock[] {
  const { funding, targetProgramme } = b.input;
  const programmes = funding.packs.flatMap((pack) => pack.programmes);
  if (programmes.length === 0) {
    return [paragraph(b.t('fundingNoPacks')), gap(b, 'funding', b.t('gapFunding'), b.fix('funding', null))];
  }
  const blocks: DraftBlock[] = [paragraph(b.t('fundingIntro'))];
  const sought = b.sought;
  const target = targetProgramme
    ? funding.packs
        .flatMap((pack) => pack.programmes.map((p) => ({ ref: `${pack.packId}/${p.programmeId}`, p })))
        .find((x) => x.ref === targetProgramme)?.p
    : undefined;
  if (target) {
    blocks.push(
      paragraph(
        b.t('fundingTarget', {
          programme: pickText(b.lang, target.name),
          status: statusText(b, target),
          amount: target.estimatedSupportFen === null ? '—' : b.money(target.estimatedSupportFen),
        }),
      ),
    );
  } else if (sought) {
    blocks.push(
      paragraph(
        b.t('fundingBest', {
          programme: sought.name,
          amount: sought.fen === null ? '—' : b.money(sought.fen),
        }),
      ),
    );
  } else {
    blocks.push(paragraph(b.t('fundingNoneEligible')));
  }
  blocks.push(
    addTable(b, {
      id: 'funding',
      caption: b.t('fundingCaption'),
      columns: [
        col('programme', b.t('colProgramme'), 'text'),
        col('issuer', b.t('colIssuer'), 'text'),
        col('status', b.t('colStatus'), 'text'),
        // Not summed: a project gets one programme, never the sum of them.
        col('support', b.t('colSupport'), 'money', { unit: b.t('yuanUnit'), decimals: 2 }),
        col('source', b.t('colSource'), 'text'),
      ],
      rows: programmes.map((p) => [
        pickText(b.lang, p.name),
        b.t('issuerYear', { issuer: pickText(b.lang, p.issuer), year: p.year }),
        statusText(b, p),
        p.estimatedSupportFen,
        p.source.document,
      ]),
      total: null,
      notes: [b.t('fundingDisclaimer')],
    }),
  );
  for (const p of programmes) blocks.push(...programmeBlocks(b, p));
  blocks.push(paragraph(b.t('checkNotice')));
  return blocks;
}

function conclusionChapter(b: Build): DraftBlock[] {
  const f = b.input.project.figures;
  const d = direction(b);
  const blocks = [
    paragraph(
      b.t('conclusion', {
        citation: d.citation,
        clauseTitle: d.clauseTitle,
        total: b.money(f.investment.totalFen),
        saving: b.money(f.benefits.annualCostSavingFen),
        tce: formatDraftNumber(f.benefits.tce, 3, b.lang),
        co2: formatDraftNumber(f.benefits.co2Tonnes, 3, b.lang),
        payback: paybackText(b),
        irr: irrText(b),
      }),
    ),
  ];
  if (b.sought && b.sought.fen !== null && b.sought.fen > 0) {
    blocks.push(
      paragraph(b.t('conclusionSupport', { programme: b.sought.name, amount: b.money(b.sought.fen) })),
    );
  }
  blocks.push(paragraph(b.t('conclusionClose')));
  return blocks;
}

const CHAPTER_BUILDERS: Record<DraftChapterId, (b: Build) => DraftBlock[]> = {
  overview,
  background,
  enterprise: enterpriseChapter,
  market: (b) => narrative(b, 'market', 'market'),
  technical: technicalChapter,
  site: siteChapter,
  energy_environment: energyChapter,
  organisation: (b) => narrative(b, 'organisation', 'organisation'),
  schedule: scheduleChapter,
  investment: investmentChapter,
  benefits: benefitsChapter,
  funding: fundingChapter,
  conclusion: conclusionChapter,
};

function facts(input: DraftInputs, lang: Lang, sought: Sought | null): DraftFacts {
  const { enterprise: e, project: p } = input;
  const f = p.figures;
  const latest = e.years[0];
  return {
    enterprise: {
      id: e.id,
      name: e.name,
      nameEn: e.nameEn,
      uscc: e.uscc,
      district:
        e.district === null
          ? null
          : e.district === 'outside' && e.cityOutside
            ? e.cityOutside
            : districtLabel(e.district, lang),
      industry: e.industryDivision === null ? null : industryLabel(e.industryDivision, lang),
      manufacturingType:
        e.manufacturingType === null
          ? null
          : formatFact(lang, 'enterprise.manufacturingType', e.manufacturingType),
      sizeClass: e.sizeClass === null ? null : formatFact(lang, 'enterprise.sizeClass', e.sizeClass.size),
      latestYear: latest?.year ?? null,
      employees: latest?.employees ?? null,
      revenueFen:
        latest?.revenueYuan === null || latest === undefined ? null : Math.round(latest.revenueYuan * 100),
    },
    project: {
      id: p.id,
      name: p.name,
      direction: inDraftLang(lang, PROJECT_DIRECTIONS[p.direction].name),
      site: p.site,
      startDate: p.startDate,
      endDate: p.endDate,
      status: message(lang, `projects.status_${p.status}`),
      description: p.description,
      targetProgramme: input.targetProgramme,
    },
    totals: {
      investmentFen: f.investment.totalFen,
      eligibleFen: f.investment.eligibleFen,
      equipmentFen: f.investment.byCategory.equipment,
      softwareFen: f.investment.byCategory.software,
      installationFen: f.investment.byCategory.installation,
      constructionFen: f.investment.byCategory.construction,
      otherFen: f.investment.byCategory.other,
      ownFen: f.financing.byKind.own,
      loanFen: f.financing.byKind.loan,
      leasingFen: f.financing.byKind.leasing,
      subsidyFen: f.financing.byKind.subsidy,
      financingFen: f.financing.totalFen,
      annualCostSavingFen: f.benefits.annualCostSavingFen,
      annualOutputValueFen: f.benefits.annualOutputValueFen,
      tce: f.benefits.tce,
      co2Tonnes: f.benefits.co2Tonnes,
      paybackYears: f.returns.simplePaybackYears,
      npvFen: f.returns.npvFen,
      irr: f.returns.irr,
      estimatedSupportFen: sought?.fen ?? 0,
    },
  };
}

export function buildDraftModel(input: DraftInputs): DraftModel {
  const { lang, project, enterprise } = input;
  const t = (key: DraftTextKey, params: Record<string, string | number> = {}) => draftText(lang, key, params);
  const b: Build = {
    input,
    lang,
    t,
    money: (fen) => t('money', { amount: formatFenYuan(fen, lang) }),
    tables: [],
    charts: [],
    gaps: [],
    fix: (page, anchor) => ({ page, enterpriseId: enterprise.id, projectId: project.id, anchor }),
    sought: soughtSupport(input, lang),
  };
  const chapters: DraftChapter[] = DRAFT_CHAPTERS.map((id, i) => ({
    id,
    number: i + 1,
    heading: inDraftLang(lang, CHAPTER_HEADINGS[id]),
    blocks: CHAPTER_BUILDERS[id](b),
  }));
  const date = localDate(input.now);
  return {
    lang,
    generatedAt: input.now.toISOString(),
    date,
    title: t('title', { project: project.name }),
    subtitle: t('subtitle', { enterprise: enterprise.name, date }),
    facts: facts(input, lang, b.sought),
    chapters,
    tables: b.tables,
    charts: b.charts,
    gaps: b.gaps,
  };
}

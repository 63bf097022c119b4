/**
 * An evaluation in one language, flat: every programme with its pack, status, reasons, estimated
 * support and computation. The CLI prints it as `funding --json` and, line by line, as text.
 */
import { message, type Lang } from '../i18n/messages';
import { pickText } from './bilingual-text';
import type { EligibilityStatus, FundingEvaluation, ProgrammeEvaluation } from './evaluate-programmes';
import { formatFen } from './fact-format';

const ELIGIBLE: Record<EligibilityStatus, boolean | null> = {
  eligible: true,
  not_eligible: false,
  undetermined: null,
};

function programmeReport(packId: string, p: ProgrammeEvaluation, lang: Lang) {
  const s = p.support;
  return {
    pack: packId,
    id: p.programmeId,
    name: pickText(lang, p.name),
    issuer: pickText(lang, p.issuer),
    year: p.year,
    type: p.type,
    status: p.status,
    eligible: ELIGIBLE[p.status],
    reasons: p.reasons.map(({ text, ...r }) => ({ ...r, text: pickText(lang, text) })),
    estimatedSupportFen: p.estimatedSupportFen,
    estimatedSupportYuan: p.estimatedSupportFen === null ? null : p.estimatedSupportFen / 100,
    computation: {
      kind: s.kind,
      baseFen: s.baseFen,
      uncappedFen: s.uncappedFen,
      capFen: s.capFen,
      capApplied: s.capApplied,
      amountFen: s.amountFen,
      missing: s.missing,
      steps: s.steps.map((step) => ({ text: pickText(lang, step.text), amountFen: step.amountFen })),
    },
    source: p.source,
    notes: p.notes ? pickText(lang, p.notes) : null,
    checkCurrentNotice: p.checkCurrentNotice,
    verify: p.verify,
    example: p.example,
  };
}

export type ProgrammeReport = ReturnType<typeof programmeReport>;

export function evaluationReport(e: FundingEvaluation, lang: Lang) {
  return {
    subject: e.subject,
    programmes: e.packs.flatMap((pack) => pack.programmes.map((p) => programmeReport(pack.packId, p, lang))),
  };
}

const MARK = { met: '✓', not_met: '✗', unknown: '?' } as const;

function programmeLines(p: ProgrammeEvaluation, lang: Lang): string[] {
  const t = (key: string, params = {}) => message(lang, `funding.${key}`, params);
  const status = t(`${p.type === 'check' ? 'checkStatus' : 'status'}_${p.status}`);
  const flags = [
    p.example ? t('flagExample') : null,
    p.checkCurrentNotice ? t('flagNotice') : null,
    p.verify ? t('flagVerify') : null,
  ].filter(Boolean);
  const estimate =
    p.type === 'check' || p.support.kind === 'none'
      ? t('estimateNone')
      : p.support.amountFen === null
        ? t('estimateUnknown')
        : p.status === 'not_eligible'
          ? // The computation still prints below: it must not read as money the project would get.
            t('estimateIfEligible', { amount: formatFen(lang, p.support.amountFen) })
          : t('estimate', { amount: formatFen(lang, p.support.amountFen) });
  return [
    `[${status}] ${pickText(lang, p.name)} — ${pickText(lang, p.issuer)} ${p.year}`,
    ...(flags.length ? [`  ${flags.join(' · ')}`] : []),
    ...p.reasons.map((r) => `  ${'  '.repeat(r.depth)}${MARK[r.outcome]} ${pickText(lang, r.text)}`),
    `  ${estimate}`,
    ...p.support.steps.map((s) => `    ${pickText(lang, s.text)}`),
    `  ${t('source', { document: p.source.document, url: p.source.url ?? '' }).trimEnd()}`,
    ...(p.notes ? [`  ${pickText(lang, p.notes)}`] : []),
  ];
}

export function evaluationText(e: FundingEvaluation, lang: Lang): string {
  return e.packs
    .flatMap((pack) => [
      message(lang, 'funding.packHeading', { name: pickText(lang, pack.name) }),
      '',
      ...pack.programmes.flatMap((p) => [...programmeLines(p, lang), '']),
    ])
    .join('\n')
    .trimEnd();
}

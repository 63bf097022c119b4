import { Alert, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_YUAN } from '../../../shared/money';
import { FINANCING_KINDS, type ProjectFinancing } from '../../../shared/projects/project-schema';
import { currentLanguage } from '../../app/language';
import { requiredRule } from '../../components/form-rules';
import type { ProjectPartProps } from '../project-part';
import { SmallNote } from '../SmallNote';
import { TotalsRow } from '../TotalsRow';
import { financingBalance, financingKindText, formatFen, formatRate } from '../project-format';
import {
  financingChanges,
  financingFieldOfIssue,
  financingInput,
  financingValues,
  hasInstalments,
  type FinancingFormValues,
} from '../project-values';
import { yuanRule } from './decimal-rules';
import { choiceColumn, numberColumn, textColumn } from './item-columns';
import { ItemTable, type ItemColumn } from './ItemTable';
import { useItemEditor } from './use-item-editor';

/** Where the money comes from, and how it compares with the investment. */
export function FinancingTable({ project, onSaved }: ProjectPartProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const projectId = project.id;
  const editor = useItemEditor({
    project,
    onSaved,
    values: financingValues,
    add: (api, v) => api.call('projects.addFinancing', { projectId, financing: financingInput(v) }),
    changes: financingChanges,
    update: (api, f, changes) =>
      api.call('projects.updateFinancing', { projectId, financingId: f.id, changes }),
    remove: 'projects.removeFinancing',
    fieldOf: financingFieldOfIssue,
    firstField: 'kind',
    savedText: (v) => t('projectUi.financing.saved', { kind: financingKindText(t, v.kind) }),
    removedText: (f) => t('projectUi.financing.removed', { kind: financingKindText(t, f.kind) }),
  });
  const kind = Form.useWatch('kind', editor.form);
  const repaid = kind !== undefined && hasInstalments(kind);
  const figures = project.figures.financing;
  const payment = (id: number) => figures.instalments.find((i) => i.id === id);

  const columns: ItemColumn<ProjectFinancing>[] = [
    choiceColumn({
      key: 'kind',
      title: t('projectUi.financing.colKind'),
      width: 140,
      choices: FINANCING_KINDS,
      text: (k) => financingKindText(t, k),
      value: (f: ProjectFinancing) => f.kind,
      testId: 'financing-field-kind',
    }),
    textColumn({
      key: 'source',
      title: t('projectUi.financing.colSource'),
      view: (f) => f.source ?? '—',
      field: {
        name: 'source',
        minWidth: 160,
        placeholder: t('projectUi.financing.sourceHint'),
        testId: 'financing-field-source',
      },
    }),
    numberColumn({
      key: 'amount',
      title: t('projectUi.financing.colAmount'),
      width: 170,
      view: (f) => <span data-testid="financing-amount">{formatFen(f.amountFen, lang)}</span>,
      field: {
        name: 'amountYuan',
        min: 0,
        max: MAX_YUAN,
        rules: [requiredRule, yuanRule],
        testId: 'financing-field-amount',
      },
    }),
    numberColumn({
      key: 'rate',
      title: t('projectUi.financing.colRate'),
      width: 120,
      view: (f) => (f.annualRate === null ? '—' : formatRate(f.annualRate, lang)),
      field: { name: 'ratePercent', unit: '%', min: 0, max: 100, testId: 'financing-field-rate' },
      applies: repaid,
    }),
    numberColumn({
      key: 'term',
      title: t('projectUi.financing.colTerm'),
      width: 110,
      view: (f) => f.termYears ?? '—',
      field: {
        name: 'termYears',
        integer: true,
        min: 1,
        max: 50,
        grouped: false,
        testId: 'financing-field-term',
      },
      applies: repaid,
    }),
    {
      key: 'payment',
      title: t('projectUi.financing.colPayment'),
      width: 170,
      align: 'right',
      view: (f) => {
        const p = payment(f.id);
        return p ? (
          <Flex vertical>
            <span>{formatFen(p.annualPaymentFen, lang)}</span>
            <SmallNote>
              {t('projectUi.financing.interest', { amount: formatFen(p.totalInterestFen, lang) })}
            </SmallNote>
          </Flex>
        ) : (
          '—'
        );
      },
      edit: () => '—',
    },
    textColumn({
      key: 'notes',
      title: t('projectUi.items.notes'),
      view: (f) => f.notes ?? '',
      field: { name: 'notes', maxLength: 2000, minWidth: 140, testId: 'financing-field-notes' },
    }),
  ];

  const summary = (
    <TotalsRow
      label={t('projectUi.financing.total')}
      labelSpan={2}
      figures={[{ text: formatFen(figures.totalFen, lang), testId: 'financing-total' }]}
      restSpan={5}
    />
  );

  const balance = financingBalance(figures);
  const investment = formatFen(project.figures.investment.totalFen, lang);
  const financed = formatFen(figures.totalFen, lang);
  return (
    <Flex vertical gap={12}>
      <ItemTable<ProjectFinancing, FinancingFormValues>
        id="financing"
        items={project.financing}
        columns={columns}
        editor={editor}
        summary={summary}
        addLabel={t('projectUi.financing.add')}
        empty={t('projectUi.financing.empty')}
        removeTitle={(f) => t('projectUi.items.removeTitle', { name: financingKindText(t, f.kind) })}
      />
      <Alert
        type={balance.kind === 'balanced' ? 'success' : balance.kind === 'gap' ? 'warning' : 'info'}
        showIcon
        title={
          <span data-testid="financing-balance" data-kind={balance.kind}>
            {t(`projectUi.financing.balance_${balance.kind}`, {
              investment,
              financed,
              amount: formatFen(balance.fen, lang),
            })}
          </span>
        }
      />
    </Flex>
  );
}

import { Alert, Flex, Form, Input, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_YUAN } from '../../../shared/money';
import { FINANCING_KINDS, type ProjectFinancing } from '../../../shared/projects/project-schema';
import type { ProjectDetail } from '../../../shared/projects/projects-api';
import { useApi } from '../../api/api-context';
import { currentLanguage } from '../../app/language';
import { NumberField } from '../../components/NumberField';
import { requiredRule } from '../../components/form-rules';
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
import { ItemTable, type ItemColumn } from './ItemTable';
import { useItemEditor } from './use-item-editor';

/** Where the money comes from, and how it compares with the investment. */
export function FinancingTable({
  project,
  onSaved,
}: {
  project: ProjectDetail;
  onSaved: (p: ProjectDetail) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const api = useApi();
  const projectId = project.id;
  const editor = useItemEditor<ProjectFinancing, FinancingFormValues>({
    values: financingValues,
    add: (v) => api.call('projects.addFinancing', { projectId, financing: financingInput(v) }),
    update: async (v, f) => {
      const changes = financingChanges(v, f);
      if (Object.keys(changes).length === 0) return null;
      return api.call('projects.updateFinancing', { projectId, financingId: f.id, changes });
    },
    remove: (f) => api.call('projects.removeFinancing', { projectId, itemId: f.id }),
    fieldOf: financingFieldOfIssue,
    firstField: 'kind',
    savedText: (v) => t('projectUi.financing.saved', { kind: financingKindText(t, v.kind) }),
    removedText: (f) => t('projectUi.financing.removed', { kind: financingKindText(t, f.kind) }),
    onSaved,
  });
  const kind = Form.useWatch('kind', editor.form);
  const repaid = kind !== undefined && hasInstalments(kind);
  const figures = project.figures.financing;
  const payment = (id: number) => figures.instalments.find((i) => i.id === id);

  const columns: ItemColumn<ProjectFinancing>[] = [
    {
      key: 'kind',
      title: t('projectUi.financing.colKind'),
      width: 140,
      view: (f) => financingKindText(t, f.kind),
      edit: () => (
        <Form.Item name="kind" style={{ marginBottom: 0 }}>
          <Select
            size="small"
            options={FINANCING_KINDS.map((k) => ({ value: k, label: financingKindText(t, k) }))}
            aria-label={t('projectUi.financing.colKind')}
            data-testid="financing-field-kind"
          />
        </Form.Item>
      ),
    },
    {
      key: 'source',
      title: t('projectUi.financing.colSource'),
      view: (f) => f.source ?? '—',
      edit: () => (
        <Form.Item name="source" style={{ marginBottom: 0, minWidth: 160 }}>
          <Input
            size="small"
            maxLength={200}
            placeholder={t('projectUi.financing.sourceHint')}
            aria-label={t('projectUi.financing.colSource')}
            data-testid="financing-field-source"
          />
        </Form.Item>
      ),
    },
    {
      key: 'amount',
      title: t('projectUi.financing.colAmount'),
      width: 170,
      align: 'right',
      view: (f) => <span data-testid="financing-amount">{formatFen(f.amountFen, lang)}</span>,
      edit: () => (
        <NumberField
          name="amountYuan"
          label={null}
          inCell
          min={0}
          max={MAX_YUAN}
          rules={[requiredRule, yuanRule]}
          ariaLabel={t('projectUi.financing.colAmount')}
          testId="financing-field-amount"
        />
      ),
    },
    {
      key: 'rate',
      title: t('projectUi.financing.colRate'),
      width: 120,
      align: 'right',
      view: (f) => (f.annualRate === null ? '—' : formatRate(f.annualRate, lang)),
      edit: () =>
        repaid ? (
          <NumberField
            name="ratePercent"
            label={null}
            inCell
            unit="%"
            min={0}
            max={100}
            ariaLabel={t('projectUi.financing.colRate')}
            testId="financing-field-rate"
          />
        ) : (
          '—'
        ),
    },
    {
      key: 'term',
      title: t('projectUi.financing.colTerm'),
      width: 110,
      align: 'right',
      view: (f) => f.termYears ?? '—',
      edit: () =>
        repaid ? (
          <NumberField
            name="termYears"
            label={null}
            inCell
            integer
            min={1}
            max={50}
            grouped={false}
            ariaLabel={t('projectUi.financing.colTerm')}
            testId="financing-field-term"
          />
        ) : (
          '—'
        ),
    },
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
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('projectUi.financing.interest', { amount: formatFen(p.totalInterestFen, lang) })}
            </Typography.Text>
          </Flex>
        ) : (
          '—'
        );
      },
      edit: () => '—',
    },
    {
      key: 'notes',
      title: t('projectUi.items.notes'),
      view: (f) => f.notes ?? '',
      edit: () => (
        <Form.Item name="notes" style={{ marginBottom: 0, minWidth: 140 }}>
          <Input
            size="small"
            maxLength={2000}
            aria-label={t('projectUi.items.notes')}
            data-testid="financing-field-notes"
          />
        </Form.Item>
      ),
    },
  ];

  const summary = (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0} colSpan={2}>
        <Typography.Text strong>{t('projectUi.financing.total')}</Typography.Text>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={2} align="right">
        <Typography.Text strong data-testid="financing-total">
          {formatFen(figures.totalFen, lang)}
        </Typography.Text>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={3} colSpan={5} />
    </Table.Summary.Row>
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

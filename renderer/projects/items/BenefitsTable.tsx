import { Col, Flex, Form, Input, Row, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_YUAN } from '../../../shared/money';
import type { ProjectBenefit } from '../../../shared/projects/project-schema';
import type { ProjectDetail } from '../../../shared/projects/projects-api';
import { useApi } from '../../api/api-context';
import { currentLanguage } from '../../app/language';
import { NumberField } from '../../components/NumberField';
import { energyAmountsText, formatFen, formatFigure } from '../project-format';
import {
  benefitChanges,
  benefitFieldOfIssue,
  benefitInput,
  benefitValues,
  type BenefitFormValues,
} from '../project-values';
import { EnergyAmountsField } from './EnergyAmountsField';
import { yuanRule } from './decimal-rules';
import { ItemTable, type ItemColumn } from './ItemTable';
import { useItemEditor } from './use-item-editor';

/** What the project brings each year: energy, costs, output value, labour and CO₂. */
export function BenefitsTable({
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
  const label = (b: { label: string | null }) => b.label ?? t('projectUi.benefits.unnamed');
  const editor = useItemEditor<ProjectBenefit, BenefitFormValues>({
    values: benefitValues,
    add: (v) => api.call('projects.addBenefit', { projectId, benefit: benefitInput(v) }),
    update: async (v, b) => {
      const changes = benefitChanges(v, b);
      if (Object.keys(changes).length === 0) return null;
      return api.call('projects.updateBenefit', { projectId, benefitId: b.id, changes });
    },
    remove: (b) => api.call('projects.removeBenefit', { projectId, itemId: b.id }),
    fieldOf: benefitFieldOfIssue,
    firstField: 'label',
    savedText: (v) => t('projectUi.benefits.saved', { name: label({ label: v.label?.trim() || null }) }),
    removedText: (b) => t('projectUi.benefits.removed', { name: label(b) }),
    onSaved,
  });

  const amountCell = (name: keyof BenefitFormValues, testId: string, title: string, min: number) => (
    <NumberField
      name={name}
      label={null}
      inCell
      min={min}
      max={MAX_YUAN}
      rules={[yuanRule]}
      ariaLabel={title}
      testId={testId}
    />
  );

  const columns: ItemColumn<ProjectBenefit>[] = [
    {
      key: 'label',
      title: t('projectUi.benefits.colLabel'),
      view: (b) => (
        <Flex gap={6} wrap align="center">
          <span>{label(b)}</span>
          {b.opportunityId && (
            <Tooltip title={t('projectUi.benefits.fromOpportunityHint')}>
              <Tag color="blue" data-testid="benefit-from-opportunity">
                {t('projectUi.items.fromOpportunity')}
              </Tag>
            </Tooltip>
          )}
        </Flex>
      ),
      edit: () => (
        <Form.Item name="label" style={{ marginBottom: 0, minWidth: 180 }}>
          <Input
            size="small"
            maxLength={200}
            placeholder={t('projectUi.benefits.labelHint')}
            aria-label={t('projectUi.benefits.colLabel')}
            data-testid="benefit-field-label"
          />
        </Form.Item>
      ),
    },
    {
      key: 'energy',
      title: t('projectUi.benefits.colEnergy'),
      view: (b) =>
        b.energy.length === 0
          ? '—'
          : energyAmountsText(Object.fromEntries(b.energy.map((e) => [e.source, e.quantity])), lang),
      edit: () => (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('projectUi.benefits.energyBelow')}
        </Typography.Text>
      ),
    },
    {
      key: 'saving',
      title: t('projectUi.benefits.colSaving'),
      width: 170,
      align: 'right',
      view: (b) => formatFen(b.annualCostSavingFen, lang),
      edit: () =>
        amountCell('costSavingYuan', 'benefit-field-saving', t('projectUi.benefits.colSaving'), -MAX_YUAN),
    },
    {
      key: 'output',
      title: t('projectUi.benefits.colOutput'),
      width: 170,
      align: 'right',
      view: (b) => formatFen(b.annualOutputValueFen, lang),
      edit: () => amountCell('outputValueYuan', 'benefit-field-output', t('projectUi.benefits.colOutput'), 0),
    },
    {
      key: 'labour',
      title: t('projectUi.benefits.colLabour'),
      width: 120,
      align: 'right',
      view: (b) => formatFigure(b.labourPersons, lang),
      edit: () => (
        <NumberField
          name="labourPersons"
          label={null}
          inCell
          min={-1e6}
          max={1e6}
          ariaLabel={t('projectUi.benefits.colLabour')}
          testId="benefit-field-labour"
        />
      ),
    },
    {
      key: 'co2',
      title: t('projectUi.benefits.colCo2'),
      width: 140,
      align: 'right',
      view: (b) => formatFigure(b.otherCo2Tonnes, lang, 3),
      edit: () => (
        <NumberField
          name="otherCo2Tonnes"
          label={null}
          inCell
          min={-1e9}
          max={1e9}
          ariaLabel={t('projectUi.benefits.colCo2')}
          testId="benefit-field-co2"
        />
      ),
    },
  ];

  const details = () => (
    <Row gutter={[16, 8]} style={{ paddingBlock: 4 }}>
      <Col xs={24} md={12}>
        <Form.Item
          name="energy"
          label={t('projectUi.benefits.colEnergy')}
          extra={t('projectUi.benefits.energyHint')}
          style={{ marginBottom: 8 }}
        >
          <EnergyAmountsField />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
          {t('projectUi.benefits.savingHint')}
        </Typography.Paragraph>
        <Form.Item name="notes" label={t('projectUi.items.notes')} style={{ marginBottom: 8 }}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={2000}
            data-testid="benefit-field-notes"
          />
        </Form.Item>
      </Col>
    </Row>
  );

  const f = project.figures.benefits;
  const summary = (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0} colSpan={2}>
        <Typography.Text strong>{t('projectUi.benefits.total')}</Typography.Text>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={2} align="right">
        <Typography.Text strong data-testid="benefits-total-saving">
          {formatFen(f.annualCostSavingFen, lang)}
        </Typography.Text>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={3} align="right">
        <Typography.Text strong>{formatFen(f.annualOutputValueFen, lang)}</Typography.Text>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={4} align="right">
        <Typography.Text strong>{formatFigure(f.labourPersons, lang)}</Typography.Text>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={5} align="right">
        <Typography.Text strong>{formatFigure(f.otherCo2Tonnes, lang, 3)}</Typography.Text>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={6} />
    </Table.Summary.Row>
  );

  return (
    <ItemTable<ProjectBenefit, BenefitFormValues>
      id="benefit"
      items={project.benefits}
      columns={columns}
      editor={editor}
      details={details}
      summary={summary}
      addLabel={t('projectUi.benefits.add')}
      empty={t('projectUi.benefits.empty')}
      removeTitle={(b) => t('projectUi.items.removeTitle', { name: label(b) })}
    />
  );
}

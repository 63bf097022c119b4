import { Col, Flex, Form, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_YUAN } from '../../../shared/money';
import type { ProjectBenefit } from '../../../shared/projects/project-schema';
import { currentLanguage } from '../../app/language';
import type { ProjectPartProps } from '../project-part';
import { SmallNote } from '../SmallNote';
import { TotalsRow } from '../TotalsRow';
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
import { numberColumn, textColumn } from './item-columns';
import { FromOpportunityTag, NotesField } from './item-parts';
import { ItemTable, type ItemColumn } from './ItemTable';
import { useItemEditor } from './use-item-editor';

/** What the project brings each year: energy, costs, output value, labour and CO₂. */
export function BenefitsTable({ project, onSaved }: ProjectPartProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const projectId = project.id;
  const label = (b: { label: string | null }) => b.label ?? t('projectUi.benefits.unnamed');
  const editor = useItemEditor({
    project,
    onSaved,
    values: benefitValues,
    add: (api, v) => api.call('projects.addBenefit', { projectId, benefit: benefitInput(v) }),
    changes: benefitChanges,
    update: (api, b, changes) => api.call('projects.updateBenefit', { projectId, benefitId: b.id, changes }),
    remove: 'projects.removeBenefit',
    fieldOf: benefitFieldOfIssue,
    firstField: 'label',
    savedText: (v) => t('projectUi.benefits.saved', { name: label({ label: v.label?.trim() || null }) }),
    removedText: (b) => t('projectUi.benefits.removed', { name: label(b) }),
  });

  const yuanField = (name: keyof BenefitFormValues, testId: string, min: number) => ({
    name,
    testId,
    min,
    max: MAX_YUAN,
    rules: [yuanRule],
  });

  const columns: ItemColumn<ProjectBenefit>[] = [
    textColumn({
      key: 'label',
      title: t('projectUi.benefits.colLabel'),
      view: (b) => (
        <Flex gap={6} wrap align="center">
          <span>{label(b)}</span>
          {b.opportunityId && (
            <FromOpportunityTag
              hint={t('projectUi.benefits.fromOpportunityHint')}
              testId="benefit-from-opportunity"
            />
          )}
        </Flex>
      ),
      field: {
        name: 'label',
        minWidth: 180,
        placeholder: t('projectUi.benefits.labelHint'),
        testId: 'benefit-field-label',
      },
    }),
    {
      key: 'energy',
      title: t('projectUi.benefits.colEnergy'),
      view: (b) =>
        b.energy.length === 0
          ? '—'
          : energyAmountsText(Object.fromEntries(b.energy.map((e) => [e.source, e.quantity])), lang),
      edit: () => <SmallNote>{t('projectUi.benefits.energyBelow')}</SmallNote>,
    },
    numberColumn({
      key: 'saving',
      title: t('projectUi.benefits.colSaving'),
      width: 170,
      view: (b) => formatFen(b.annualCostSavingFen, lang),
      field: yuanField('costSavingYuan', 'benefit-field-saving', -MAX_YUAN),
    }),
    numberColumn({
      key: 'output',
      title: t('projectUi.benefits.colOutput'),
      width: 170,
      view: (b) => formatFen(b.annualOutputValueFen, lang),
      field: yuanField('outputValueYuan', 'benefit-field-output', 0),
    }),
    numberColumn({
      key: 'labour',
      title: t('projectUi.benefits.colLabour'),
      width: 120,
      view: (b) => formatFigure(b.labourPersons, lang),
      field: { name: 'labourPersons', min: -1e6, max: 1e6, testId: 'benefit-field-labour' },
    }),
    numberColumn({
      key: 'co2',
      title: t('projectUi.benefits.colCo2'),
      width: 140,
      view: (b) => formatFigure(b.otherCo2Tonnes, lang, 3),
      field: { name: 'otherCo2Tonnes', min: -1e9, max: 1e9, testId: 'benefit-field-co2' },
    }),
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
        <NotesField testId="benefit-field-notes" />
      </Col>
    </Row>
  );

  const f = project.figures.benefits;
  const summary = (
    <TotalsRow
      label={t('projectUi.benefits.total')}
      labelSpan={2}
      figures={[
        { text: formatFen(f.annualCostSavingFen, lang), testId: 'benefits-total-saving' },
        { text: formatFen(f.annualOutputValueFen, lang) },
        { text: formatFigure(f.labourPersons, lang) },
        { text: formatFigure(f.otherCo2Tonnes, lang, 3) },
      ]}
      restSpan={1}
    />
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

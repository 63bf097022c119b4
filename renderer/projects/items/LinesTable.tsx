import { Checkbox, Col, Flex, Form, Input, Radio, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_YUAN } from '../../../shared/money';
import { LINE_CATEGORIES, lineAmountFen, type ProjectLine } from '../../../shared/projects/project-schema';
import { currentLanguage } from '../../app/language';
import { NumberField } from '../../components/NumberField';
import { requiredRule, requiredTextRule } from '../../components/form-rules';
import { categoryText, formatFen, formatFigure, formatRate } from '../project-format';
import type { ProjectPartProps } from '../project-part';
import { SmallNote } from '../SmallNote';
import { TotalsRow } from '../TotalsRow';
import { lineChanges, lineFieldOfIssue, lineInput, lineValues, type LineFormValues } from '../project-values';
import { quantityRule, yuanRule } from './decimal-rules';
import { choiceColumn, numberColumn, TextCell } from './item-columns';
import { FromOpportunityTag, NotesField } from './item-parts';
import { ItemTable, type ItemColumn } from './ItemTable';
import { LinkedEquipmentField, linkLabel } from './LinkedEquipmentField';
import { useItemEditor } from './use-item-editor';

/** The amount of the row being edited, as the core will work it out: quantity × price, to the fen. */
function AmountPreview() {
  const lang = currentLanguage();
  return (
    <Form.Item noStyle shouldUpdate>
      {(form) => {
        const quantity = form.getFieldValue('quantity') as number | null;
        const price = form.getFieldValue('unitPriceYuan') as number | null;
        if (quantity == null || price == null) return '—';
        const fen = lineAmountFen({ quantity, unitPriceFen: Math.round(price * 100) });
        return <span data-testid="line-amount-preview">{formatFen(fen, lang)}</span>;
      }}
    </Form.Item>
  );
}

/** The investment's line items: what is bought or built, at what price, for which register rows. */
export function LinesTable({ project, onSaved }: ProjectPartProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const projectId = project.id;
  const editor = useItemEditor({
    project,
    onSaved,
    values: lineValues,
    add: (api, v) => api.call('projects.addLine', { projectId, line: lineInput(v) }),
    changes: lineChanges,
    update: (api, line, changes) => api.call('projects.updateLine', { projectId, lineId: line.id, changes }),
    remove: 'projects.removeLine',
    fieldOf: lineFieldOfIssue,
    firstField: 'name',
    savedText: (v) => t('projectUi.lines.saved', { name: v.name.trim() }),
    removedText: (line) => t('projectUi.lines.removed', { name: line.name }),
  });

  /** Model, supplier, origin and deductible VAT under the name: "YBX3-37 · 某电机厂 · 国产 · 可抵扣增值税 13%". */
  const lineFacts = (l: ProjectLine) =>
    [
      l.model,
      l.supplier,
      l.origin && t(`projectUi.lines.origin_${l.origin}`),
      l.deductibleVatRate !== null &&
        t('projectUi.lines.vatShort', { rate: formatRate(l.deductibleVatRate, lang) }),
    ]
      .filter(Boolean)
      .join(' · ');

  const columns: ItemColumn<ProjectLine>[] = [
    choiceColumn({
      key: 'category',
      title: t('projectUi.lines.colCategory'),
      width: 130,
      choices: LINE_CATEGORIES,
      text: (c) => categoryText(t, c),
      value: (l: ProjectLine) => l.category,
      testId: 'line-field-category',
    }),
    {
      key: 'name',
      title: t('projectUi.lines.colName'),
      view: (l) => (
        <Flex vertical gap={2}>
          <Flex gap={6} wrap align="center">
            <span>{l.name}</span>
            {l.opportunityId && (
              <FromOpportunityTag
                hint={t('projectUi.lines.fromOpportunityHint')}
                testId="line-from-opportunity"
              />
            )}
            {l.intelligent && <Tag color="purple">{t('projectUi.lines.intelligent')}</Tag>}
          </Flex>
          {lineFacts(l) && <SmallNote>{lineFacts(l)}</SmallNote>}
        </Flex>
      ),
      edit: () => (
        <Flex vertical gap={4} style={{ minWidth: 200 }}>
          <TextCell
            name="name"
            rules={[requiredTextRule]}
            placeholder={t('projectUi.lines.fieldName')}
            ariaLabel={t('projectUi.lines.fieldName')}
            testId="line-field-name"
          />
          <TextCell
            name="model"
            placeholder={t('projectUi.lines.fieldModel')}
            ariaLabel={t('projectUi.lines.fieldModel')}
            testId="line-field-model"
          />
        </Flex>
      ),
    },
    numberColumn({
      key: 'quantity',
      title: t('projectUi.lines.colQuantity'),
      width: 110,
      view: (l) => formatFigure(l.quantity, lang),
      field: {
        name: 'quantity',
        min: 0.01,
        max: 1_000_000,
        rules: [requiredRule, quantityRule],
        testId: 'line-field-quantity',
      },
    }),
    numberColumn({
      key: 'unitPrice',
      title: t('projectUi.lines.colUnitPrice'),
      width: 160,
      view: (l) => formatFen(l.unitPriceFen, lang),
      field: {
        name: 'unitPriceYuan',
        min: 0,
        max: MAX_YUAN,
        rules: [requiredRule, yuanRule],
        testId: 'line-field-unitPrice',
      },
    }),
    {
      key: 'amount',
      title: t('projectUi.lines.colAmount'),
      width: 150,
      align: 'right',
      view: (l) => <span data-testid="line-amount">{formatFen(l.amountFen, lang)}</span>,
      edit: () => <AmountPreview />,
    },
    {
      key: 'equipment',
      title: t('projectUi.lines.colEquipment'),
      width: 200,
      view: (l) =>
        l.equipment.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Flex vertical gap={2}>
            {l.equipment.map((e) => (
              <Typography.Text
                key={e.equipmentId}
                delete={!e.live}
                style={{ fontSize: 12 }}
                data-testid="line-linked"
              >
                {t(`projectUi.lines.relation_${e.relation}`)} · {linkLabel(e)}
              </Typography.Text>
            ))}
          </Flex>
        ),
      edit: () => <SmallNote>{t('projectUi.lines.linkBelow')}</SmallNote>,
    },
  ];

  const details = () => (
    <Row gutter={[16, 8]} style={{ paddingBlock: 4 }}>
      <Col xs={24} md={8}>
        <Form.Item name="supplier" label={t('projectUi.lines.fieldSupplier')} style={{ marginBottom: 8 }}>
          <Input maxLength={200} data-testid="line-field-supplier" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="origin" label={t('projectUi.lines.fieldOrigin')} style={{ marginBottom: 8 }}>
          <Radio.Group
            optionType="button"
            options={(['domestic', 'imported', 'unspecified'] as const).map((o) => ({
              value: o,
              label: t(`projectUi.lines.origin_${o}`),
            }))}
            data-testid="line-field-origin"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <NumberField
          name="vatPercent"
          label={t('projectUi.lines.fieldVat')}
          unit="%"
          min={0}
          max={20}
          extra={t('projectUi.lines.vatHint')}
          compact
          testId="line-field-vat"
        />
      </Col>
      <Col xs={24} md={16}>
        <NotesField testId="line-field-notes" />
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="intelligent"
          valuePropName="checked"
          label=" "
          colon={false}
          style={{ marginBottom: 8 }}
        >
          <Checkbox data-testid="line-field-intelligent">{t('projectUi.lines.fieldIntelligent')}</Checkbox>
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name="equipment"
          label={t('projectUi.lines.colEquipment')}
          extra={t('projectUi.lines.linkHint')}
          style={{ marginBottom: 0 }}
        >
          <LinkedEquipmentField enterpriseId={project.enterpriseId} />
        </Form.Item>
      </Col>
    </Row>
  );

  const summary = (
    <TotalsRow
      label={t('projectUi.lines.total')}
      labelSpan={4}
      figures={[{ text: formatFen(project.figures.investment.totalFen, lang), testId: 'lines-total' }]}
      restSpan={2}
    />
  );

  return (
    <ItemTable<ProjectLine, LineFormValues>
      id="line"
      items={project.lines}
      columns={columns}
      editor={editor}
      details={details}
      summary={summary}
      addLabel={t('projectUi.lines.add')}
      empty={t('projectUi.lines.empty')}
      removeTitle={(l) => t('projectUi.items.removeTitle', { name: l.name })}
    />
  );
}

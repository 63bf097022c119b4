import { Checkbox, Col, Flex, Form, Input, Radio, Row, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_YUAN } from '../../../shared/money';
import { LINE_CATEGORIES, lineAmountFen, type ProjectLine } from '../../../shared/projects/project-schema';
import type { ProjectDetail } from '../../../shared/projects/projects-api';
import { useApi } from '../../api/api-context';
import { currentLanguage } from '../../app/language';
import { NumberField } from '../../components/NumberField';
import { requiredRule, requiredTextRule } from '../../components/form-rules';
import { categoryText, formatFen, formatFigure, formatRate } from '../project-format';
import { lineChanges, lineFieldOfIssue, lineInput, lineValues, type LineFormValues } from '../project-values';
import { quantityRule, yuanRule } from './decimal-rules';
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
export function LinesTable({
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
  const editor = useItemEditor<ProjectLine, LineFormValues>({
    values: lineValues,
    add: (v) => api.call('projects.addLine', { projectId, line: lineInput(v) }),
    update: async (v, line) => {
      const changes = lineChanges(v, line);
      if (Object.keys(changes).length === 0) return null;
      return api.call('projects.updateLine', { projectId, lineId: line.id, changes });
    },
    remove: (line) => api.call('projects.removeLine', { projectId, itemId: line.id }),
    fieldOf: lineFieldOfIssue,
    firstField: 'name',
    savedText: (v) => t('projectUi.lines.saved', { name: v.name.trim() }),
    removedText: (line) => t('projectUi.lines.removed', { name: line.name }),
    onSaved,
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
    {
      key: 'category',
      title: t('projectUi.lines.colCategory'),
      width: 130,
      view: (l) => categoryText(t, l.category),
      edit: () => (
        <Form.Item name="category" style={{ marginBottom: 0 }}>
          <Select
            size="small"
            options={LINE_CATEGORIES.map((c) => ({ value: c, label: categoryText(t, c) }))}
            aria-label={t('projectUi.lines.colCategory')}
            data-testid="line-field-category"
          />
        </Form.Item>
      ),
    },
    {
      key: 'name',
      title: t('projectUi.lines.colName'),
      view: (l) => (
        <Flex vertical gap={2}>
          <Flex gap={6} wrap align="center">
            <span>{l.name}</span>
            {l.opportunityId && (
              <Tooltip title={t('projectUi.lines.fromOpportunityHint')}>
                <Tag color="blue" data-testid="line-from-opportunity">
                  {t('projectUi.items.fromOpportunity')}
                </Tag>
              </Tooltip>
            )}
            {l.intelligent && <Tag color="purple">{t('projectUi.lines.intelligent')}</Tag>}
          </Flex>
          {lineFacts(l) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {lineFacts(l)}
            </Typography.Text>
          )}
        </Flex>
      ),
      edit: () => (
        <Flex vertical gap={4} style={{ minWidth: 200 }}>
          <Form.Item name="name" rules={[requiredTextRule]} style={{ marginBottom: 0 }}>
            <Input
              size="small"
              maxLength={200}
              placeholder={t('projectUi.lines.fieldName')}
              aria-label={t('projectUi.lines.fieldName')}
              data-testid="line-field-name"
            />
          </Form.Item>
          <Form.Item name="model" style={{ marginBottom: 0 }}>
            <Input
              size="small"
              maxLength={200}
              placeholder={t('projectUi.lines.fieldModel')}
              aria-label={t('projectUi.lines.fieldModel')}
              data-testid="line-field-model"
            />
          </Form.Item>
        </Flex>
      ),
    },
    {
      key: 'quantity',
      title: t('projectUi.lines.colQuantity'),
      width: 110,
      align: 'right',
      view: (l) => formatFigure(l.quantity, lang),
      edit: () => (
        <NumberField
          name="quantity"
          label={null}
          inCell
          min={0.01}
          max={1_000_000}
          rules={[requiredRule, quantityRule]}
          ariaLabel={t('projectUi.lines.colQuantity')}
          testId="line-field-quantity"
        />
      ),
    },
    {
      key: 'unitPrice',
      title: t('projectUi.lines.colUnitPrice'),
      width: 160,
      align: 'right',
      view: (l) => formatFen(l.unitPriceFen, lang),
      edit: () => (
        <NumberField
          name="unitPriceYuan"
          label={null}
          inCell
          min={0}
          max={MAX_YUAN}
          rules={[requiredRule, yuanRule]}
          ariaLabel={t('projectUi.lines.colUnitPrice')}
          testId="line-field-unitPrice"
        />
      ),
    },
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
      edit: () => (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('projectUi.lines.linkBelow')}
        </Typography.Text>
      ),
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
        <Form.Item name="notes" label={t('projectUi.items.notes')} style={{ marginBottom: 8 }}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={2000}
            data-testid="line-field-notes"
          />
        </Form.Item>
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

  const total = project.figures.investment.totalFen;
  const summary = (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0} colSpan={4}>
        <Typography.Text strong>{t('projectUi.lines.total')}</Typography.Text>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={4} align="right">
        <Typography.Text strong data-testid="lines-total">
          {formatFen(total, lang)}
        </Typography.Text>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={5} colSpan={2} />
    </Table.Summary.Row>
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

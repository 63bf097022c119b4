import { Button, Flex, InputNumber, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredAssumptions } from '../../shared/opportunities/assumptions-api';
import { ApiError } from '../api/api-errors';
import { currentLanguage } from '../app/language';
import { inLang } from '../dashboard/figure-text';
import { errorText, sharedText } from '../i18n/wire-messages';
import {
  assumptionItem,
  storedValue,
  withAssumption,
  withoutAssumption,
  type AssumptionItem,
  type ItemKey,
  type NumberItem,
} from './assumption-items';
import { choiceText, itemName, unitText, valueText } from './assumption-text';
import type { ChangeAssumptions } from './use-assumptions';

const small = { fontSize: 12 } as const;

/** The core's word on a refused value: the field's own message where it gives one. */
function refusal(t: TFunction, error: unknown): string {
  const issue = error instanceof ApiError ? error.wire.issues[0] : undefined;
  return issue ? sharedText(t, issue.key, issue.params) : errorText(t, error);
}

/**
 * A figure typed and kept on Enter or on leaving the field; a value out of range is said at once
 * and never sent. Mounted afresh for each stored value, so the draft starts from what is in force.
 */
function NumberInput({
  item,
  name,
  onCommit,
  testid,
}: {
  item: NumberItem;
  name: string;
  onCommit: (value: number) => Promise<void>;
  testid: string;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [draft, setDraft] = useState<number | null>(item.value);
  const [error, setError] = useState<string | null>(null);
  const sent = useRef(item.value);

  const commit = () => {
    if (draft === null) {
      setDraft(item.value);
      setError(null);
      return;
    }
    if (draft === sent.current) return;
    if (draft < item.min || draft > item.max) {
      setError(
        t('opportunityUi.rangeError', {
          min: valueText(t, lang, item, item.min),
          max: valueText(t, lang, item, item.max),
        }),
      );
      return;
    }
    if (item.integer && !Number.isInteger(draft)) {
      setError(t('form.integer'));
      return;
    }
    setError(null);
    sent.current = draft;
    onCommit(draft).catch((e: unknown) => {
      sent.current = item.value;
      setError(refusal(t, e));
    });
  };

  return (
    <Flex vertical gap={2}>
      <InputNumber<number>
        size="small"
        value={draft}
        onChange={setDraft}
        onBlur={commit}
        onPressEnter={commit}
        status={error ? 'error' : undefined}
        suffix={item.unit === null ? undefined : unitText(t, item.unit)}
        aria-label={name}
        style={{ width: '100%' }}
        data-testid={testid}
      />
      {error && (
        <Typography.Text type="danger" style={small} role="alert" data-testid={`${testid}-error`}>
          {error}
        </Typography.Text>
      )}
    </Flex>
  );
}

function ChoiceInput({
  item,
  name,
  onCommit,
  testid,
}: {
  item: Extract<AssumptionItem, { kind: 'choice' }>;
  name: string;
  onCommit: (value: string) => Promise<void>;
  testid: string;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [error, setError] = useState<string | null>(null);
  return (
    <Flex vertical gap={2}>
      <Select
        size="small"
        value={item.value}
        options={item.options.map((o) => ({ value: o, label: choiceText(t, lang, item.key, o) }))}
        onChange={(v: string) => {
          setError(null);
          onCommit(v).catch((e: unknown) => setError(refusal(t, e)));
        }}
        aria-label={name}
        popupMatchSelectWidth={false}
        style={{ width: '100%' }}
        data-testid={testid}
      />
      {error && (
        <Typography.Text type="danger" style={small} role="alert">
          {error}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * Assumptions with what each is now (editable), its default and the basis of that default; a set
 * value can go back to its default, with Undo. Every change is stored for the enterprise, and the
 * proposals are worked out again from it.
 */
export function AssumptionTable({
  keys,
  data,
  change,
  testIdPrefix,
}: {
  keys: readonly ItemKey[];
  data: StoredAssumptions;
  change: ChangeAssumptions;
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const items = keys.map((k) => assumptionItem(data.effective, data.stored, k));
  const set = (item: AssumptionItem, shown: number | string) =>
    change((s) => withAssumption(s, item.key, storedValue(item, shown)));
  const reset = (item: AssumptionItem) =>
    change(
      (s) => withoutAssumption(s, item.key),
      t('opportunityUi.resetDone', { name: itemName(t, lang, item.key) }),
    ).catch(() => undefined);

  const columns: TableColumnsType<AssumptionItem> = [
    {
      key: 'name',
      title: t('opportunityUi.colAssumption'),
      width: 190,
      render: (_, item) => (
        <Flex vertical gap={2} align="start">
          <Typography.Text>{itemName(t, lang, item.key)}</Typography.Text>
          {!item.isDefault && (
            <Tag color="blue" style={{ ...small, marginInlineEnd: 0 }}>
              {t('opportunityUi.changed')}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      key: 'value',
      title: t('opportunityUi.colValue'),
      width: 200,
      render: (_, item) => {
        const name = itemName(t, lang, item.key);
        const testid = `${testIdPrefix}${item.key}`;
        return item.kind === 'number' ? (
          <NumberInput
            key={item.value}
            item={item}
            name={name}
            onCommit={(v) => set(item, v)}
            testid={testid}
          />
        ) : (
          <ChoiceInput item={item} name={name} onCommit={(v) => set(item, v)} testid={testid} />
        );
      },
    },
    {
      key: 'default',
      title: t('opportunityUi.colDefault'),
      width: 170,
      render: (_, item) => (
        <Flex vertical gap={2} align="start">
          <Typography.Text type="secondary" style={small}>
            {valueText(t, lang, item, item.default)}
          </Typography.Text>
          {!item.isDefault && (
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto', ...small }}
              onClick={() => void reset(item)}
              data-testid={`${testIdPrefix}${item.key}-reset`}
            >
              {t('opportunityUi.reset')}
            </Button>
          )}
        </Flex>
      ),
    },
    {
      key: 'basis',
      title: t('opportunityUi.colBasis'),
      render: (_, item) => (
        <Typography.Text type="secondary" style={small} data-testid={`${testIdPrefix}${item.key}-basis`}>
          {item.year === null
            ? inLang(item.basis, lang)
            : t('opportunityUi.basisWithYear', { basis: inLang(item.basis, lang), year: item.year })}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Table<AssumptionItem>
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={items}
      pagination={false}
      tableLayout="fixed"
    />
  );
}

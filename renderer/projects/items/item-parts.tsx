import { DeleteOutlined } from '@ant-design/icons';
import { Button, Form, Input, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** Marks an item the user took over from a found opportunity; the hint says what that means. */
export function FromOpportunityTag({ hint, testId }: { hint: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={hint}>
      <Tag color="blue" data-testid={testId}>
        {t('projectUi.items.fromOpportunity')}
      </Tag>
    </Tooltip>
  );
}

/** The free notes of an item, in the panel under its row. */
export function NotesField({ testId }: { testId: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="notes" label={t('projectUi.items.notes')} style={{ marginBottom: 8 }}>
      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} data-testid={testId} />
    </Form.Item>
  );
}

/** Drops one entry of a list field (an energy source, a linked register row). */
export function RemoveEntryButton({ label, onClick }: { label: string; onClick: () => void }) {
  return <Button size="small" type="text" icon={<DeleteOutlined />} onClick={onClick} aria-label={label} />;
}

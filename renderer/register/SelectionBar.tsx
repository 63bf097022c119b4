import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../app/language';
import { formatCount } from '../format/figures';

/** What is selected, a way to select every matching row (not only those loaded), and the bulk actions. */
export function SelectionBar({
  selected,
  total,
  selectingAll,
  onSelectAll,
  onClear,
  onBulkEdit,
  onBulkDelete,
}: {
  selected: number;
  total: number;
  selectingAll: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onBulkEdit: () => void;
  onBulkDelete: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Flex align="center" gap={12} wrap className="register-selection-bar" data-testid="register-selection">
      <Typography.Text strong data-testid="register-selection-count">
        {t('register.selection.count', { n: formatCount(selected, lang) })}
      </Typography.Text>
      {selected < total && (
        <Button
          type="link"
          size="small"
          loading={selectingAll}
          onClick={onSelectAll}
          data-testid="register-select-matching"
        >
          {t('register.selection.selectAll', { n: formatCount(total, lang) })}
        </Button>
      )}
      <Button type="link" size="small" onClick={onClear} data-testid="register-selection-clear">
        {t('register.selection.clear')}
      </Button>
      <Flex gap={8} style={{ marginInlineStart: 'auto' }}>
        <Button icon={<EditOutlined />} onClick={onBulkEdit} data-testid="register-bulk-edit">
          {t('register.bulk.button')}
        </Button>
        <Button danger icon={<DeleteOutlined />} onClick={onBulkDelete} data-testid="register-bulk-delete">
          {t('register.delete.selected')}
        </Button>
      </Flex>
    </Flex>
  );
}

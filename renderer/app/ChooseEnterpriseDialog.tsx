import { Alert, Button, Flex, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';
import { LoadError } from '../components/StatusBlocks';
import { testId } from '../components/test-id';

/**
 * A register file arrived (dropped, or opened with the app) while no enterprise was open: which
 * enterprise's register it goes to. The file is kept, so the user does not have to find it again.
 */
export function ChooseEnterpriseDialog({
  fileName,
  onChoose,
  onShowList,
  onClose,
}: {
  fileName: string;
  onChoose: (enterpriseId: number) => void;
  onShowList: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const list = useApiQuery('enterprise.list', {}, ['enterprises']);
  const [chosen, setChosen] = useState<number | null>(null);
  const enterprises = list.data ?? [];
  const empty = list.data !== undefined && enterprises.length === 0;

  const ok = () => chosen !== null && onChoose(chosen);
  return (
    <Modal
      open
      title={t('shellUi.chooseTitle')}
      onCancel={onClose}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          {empty ? (
            <Button type="primary" onClick={onShowList} data-testid="shell-choose-list">
              {t('shellUi.goToList')}
            </Button>
          ) : (
            <Button type="primary" disabled={chosen === null} onClick={ok} {...testId('shell-choose-ok')}>
              {t('shellUi.chooseOk')}
            </Button>
          )}
        </Flex>
      }
      data-testid="shell-choose-enterprise"
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('shellUi.chooseFile', { name: fileName })}</Typography.Text>
        {list.error != null && !list.data ? (
          <LoadError error={list.error} onRetry={list.reload} />
        ) : empty ? (
          <Alert type="info" showIcon title={t('shellUi.chooseEmpty')} />
        ) : (
          <Flex vertical gap={4}>
            <label htmlFor="shell-choose-select">{t('shellUi.chooseLabel')}</label>
            <Select<number>
              id="shell-choose-select"
              autoFocus
              showSearch={{ optionFilterProp: 'label' }}
              loading={list.loading}
              placeholder={t('shellUi.choosePlaceholder')}
              value={chosen ?? undefined}
              onChange={setChosen}
              onInputKeyDown={(e) => {
                // Enter on a chosen enterprise opens the wizard; Enter in the open list picks one first.
                if (
                  e.key === 'Enter' &&
                  chosen !== null &&
                  (e.target as HTMLElement).getAttribute('aria-expanded') !== 'true'
                )
                  ok();
              }}
              options={enterprises.map((e) => ({ value: e.id, label: e.name }))}
              data-testid="shell-choose-select"
            />
          </Flex>
        )}
      </Flex>
    </Modal>
  );
}

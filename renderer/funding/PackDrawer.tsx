import { DeleteOutlined, DownloadOutlined, EyeInvisibleOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Flex, Tabs, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn } from '../../shared/funding/bilingual-text';
import type { FundingPackDetail } from '../../shared/funding/funding-api';
import { currentLanguage } from '../app/language';
import { testId } from '../components/test-id';
import { sharedText } from '../i18n/wire-messages';
import { PackJsonEditor } from './PackJsonEditor';
import { ProgrammeCard } from './ProgrammeCard';
import type { usePackActions } from './use-pack-actions';

export type PackTab = 'programmes' | 'json';

/**
 * One pack opened: its programmes in words, or its JSON to edit. Closing with unsaved JSON asks
 * first, however it is closed (Esc, the close button, the mask).
 */
export function PackDrawer({
  detail,
  tab,
  onTab,
  onClose,
  actions,
}: {
  detail: FundingPackDetail | null;
  tab: PackTab;
  onTab: (tab: PackTab) => void;
  onClose: () => void;
  actions: ReturnType<typeof usePackActions>;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { modal } = App.useApp();
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((d: boolean) => setDirty(d), []);

  const unlessDirty = (then: () => void) => {
    if (!dirty) return then();
    modal.confirm({
      title: t('fundingUi.discardTitle'),
      content: t('fundingUi.discardBody'),
      okText: t('fundingUi.discard'),
      okButtonProps: { danger: true, ...testId('funding-discard-confirm') },
      cancelText: t('fundingUi.keepEditing'),
      onOk: () => {
        setDirty(false);
        then();
      },
    });
  };

  const origin = detail?.origin;
  return (
    <Drawer
      open={detail !== null}
      onClose={() => unlessDirty(onClose)}
      afterOpenChange={(open) => !open && setDirty(false)}
      destroyOnHidden
      size="min(1080px, 92vw)"
      title={detail && <span data-testid="funding-pack-title">{textIn(lang, detail.name)}</span>}
      extra={
        detail && (
          <Flex gap={8} wrap>
            <Button
              icon={<DownloadOutlined />}
              onClick={() => void actions.exportPack(detail)}
              data-testid="funding-drawer-export"
            >
              {t('fundingUi.export')}
            </Button>
            {origin === 'shipped_edited' && (
              <Button
                icon={<UndoOutlined />}
                onClick={() => unlessDirty(() => actions.restoreExample(detail))}
                data-testid="funding-drawer-restore"
              >
                {t('fundingUi.restore')}
              </Button>
            )}
            <Button
              danger
              icon={origin === 'user' ? <DeleteOutlined /> : <EyeInvisibleOutlined />}
              onClick={() => unlessDirty(() => actions.removePack(detail))}
              data-testid="funding-drawer-remove"
            >
              {t(origin === 'user' ? 'common.delete' : 'fundingUi.hide')}
            </Button>
          </Flex>
        )
      }
      data-testid="funding-pack-drawer"
    >
      {detail && (
        <Flex vertical gap={12}>
          <Flex wrap gap={8} align="center">
            <Typography.Text className="code-text" type="secondary">
              {detail.id}
            </Typography.Text>
            <Tag data-testid="funding-pack-origin">{sharedText(t, `funding.origin_${detail.origin}`)}</Tag>
          </Flex>
          {detail.pack.description && (
            <Typography.Paragraph style={{ margin: 0 }}>
              {textIn(lang, detail.pack.description)}
            </Typography.Paragraph>
          )}
          {detail.pack.programmes.some((p) => p.example) && (
            <Alert type="warning" showIcon title={t('fundingUi.exampleNotice')} />
          )}
          <Tabs
            activeKey={tab}
            // Leaving the JSON tab drops its changes (after asking): the editor must not keep them.
            destroyOnHidden
            onChange={(key) => unlessDirty(() => onTab(key as PackTab))}
            items={[
              {
                key: 'programmes',
                label: (
                  <span data-testid="funding-tab-programmes">
                    {t('fundingUi.programmesTab', { n: detail.programmes })}
                  </span>
                ),
                children: (
                  <Flex vertical gap={12}>
                    {detail.pack.programmes.map((p) => (
                      <ProgrammeCard key={p.id} programme={p} />
                    ))}
                  </Flex>
                ),
              },
              {
                key: 'json',
                label: <span data-testid="funding-tab-json">{t('fundingUi.jsonTab')}</span>,
                children: <PackJsonEditor key={detail.id} detail={detail} onDirtyChange={onDirtyChange} />,
              },
            ]}
          />
        </Flex>
      )}
    </Drawer>
  );
}

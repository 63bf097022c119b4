import { UploadOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../app/routing';

/** An enterprise without a register has nothing to chart yet: say so, and where to start. */
export function EmptyRegister({ enterpriseId }: { enterpriseId: number }) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" style={{ paddingBlock: 48 }} data-testid="dashboard-empty">
      <Empty
        description={
          <Flex vertical gap={4} style={{ maxWidth: 560 }}>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {t('dashboard.emptyTitle', { ns: 'shared' })}
            </Typography.Text>
            <Typography.Text type="secondary">{t('dashboard.emptyHint', { ns: 'shared' })}</Typography.Text>
          </Flex>
        }
      >
        <Button
          type="primary"
          icon={<UploadOutlined />}
          href={routeHref({ page: 'register', enterpriseId })}
          data-testid="dashboard-empty-import"
        >
          {t('dashboard.emptyAction', { ns: 'shared' })}
        </Button>
      </Empty>
    </Flex>
  );
}

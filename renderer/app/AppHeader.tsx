import { DatabaseOutlined, ToolOutlined } from '@ant-design/icons';
import { Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

const { Header } = Layout;

export function AppHeader({ workspacePath }: { workspacePath: string | null }) {
  const { t } = useTranslation();
  return (
    <Header
      style={{
        background: '#fff',
        borderBottom: '1px solid rgba(5, 5, 5, 0.06)',
        paddingInline: 24,
        height: 56,
        lineHeight: '56px',
      }}
    >
      <Flex align="center" justify="space-between" gap={24} style={{ height: '100%' }}>
        <Flex align="center" gap={10} style={{ flex: 'none' }}>
          <ToolOutlined style={{ fontSize: 20, color: '#1677ff' }} aria-hidden />
          <Typography.Text strong style={{ fontSize: 17 }} data-testid="product-name">
            {t('app.productName')}
          </Typography.Text>
        </Flex>
        <Flex align="center" gap={16} style={{ minWidth: 0 }}>
          {workspacePath && (
            <Flex align="center" gap={6} style={{ minWidth: 0 }}>
              <DatabaseOutlined aria-label={t('app.workspace')} style={{ color: 'rgba(0, 0, 0, 0.45)' }} />
              <Typography.Text
                type="secondary"
                className="code-text"
                ellipsis={{ tooltip: workspacePath }}
                style={{ maxWidth: 480, fontSize: 13 }}
                data-testid="workspace-path"
              >
                {workspacePath}
              </Typography.Text>
            </Flex>
          )}
          <LanguageSwitch />
        </Flex>
      </Flex>
    </Header>
  );
}

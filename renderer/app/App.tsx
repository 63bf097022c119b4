import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../shared/api/contract';
import { ApiContext } from '../api/api-context';
import { theme } from './theme';
import { WorkspaceGate } from './WorkspaceGate';

export function App({ api }: { api: ApiClient }) {
  // Subscribing here re-renders the tree, antd's own texts included, when the language changes.
  const { i18n } = useTranslation();
  return (
    <ApiContext value={api}>
      <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={theme}>
        {/* Notices (the ones with Undo) open below the header, not over the language switch. */}
        <AntApp notification={{ top: 68 }}>
          <WorkspaceGate />
        </AntApp>
      </ConfigProvider>
    </ApiContext>
  );
}

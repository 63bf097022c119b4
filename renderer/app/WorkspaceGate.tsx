import { Layout } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';
import { Loading, LoadError } from '../components/StatusBlocks';
import { AppFrame } from './AppFrame';
import { AppHeader } from './AppHeader';
import { useRoute } from './routing';
import { WorkspaceStatusContext } from './workspace-status';

const RecoveryScreen = lazy(() =>
  import('../workspace/RecoveryScreen').then((m) => ({ default: m.RecoveryScreen })),
);
const PrintViewPage = lazy(() =>
  import('../drafts/PrintViewPage').then((m) => ({ default: m.PrintViewPage })),
);

/**
 * Nothing but the header opens before the workspace is known to be usable: a file that failed its
 * check on open gets the recovery screen instead of pages that could only show errors.
 */
export function WorkspaceGate() {
  const { t } = useTranslation();
  const status = useApiQuery('workspace.status', {}, ['workspace']);
  const ws = status.data;
  const route = useRoute();

  // The draft's print view is the page as it prints: no header, no menu.
  if (route.page === 'print') {
    return (
      <Suspense fallback={<Loading />}>
        <PrintViewPage projectId={route.projectId} lang={route.lang} />
      </Suspense>
    );
  }

  let body;
  if (ws?.state === 'recovery') {
    body = (
      <Suspense fallback={<Loading />}>
        <RecoveryScreen status={ws} />
      </Suspense>
    );
  } else if (ws) {
    body = (
      <WorkspaceStatusContext value={ws}>
        <AppFrame />
      </WorkspaceStatusContext>
    );
  } else if (status.error) {
    body = <LoadError error={status.error} title={t('app.cannotOpen')} onRetry={status.reload} />;
  } else {
    body = <Loading tip={t('app.opening')} />;
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader workspacePath={ws?.workspacePath ?? null} />
      {body}
    </Layout>
  );
}

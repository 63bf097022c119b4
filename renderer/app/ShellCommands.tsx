import { App } from 'antd';
import { lazy, Suspense, useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileRef } from '../../shared/register/register-api';
import { giveFile, type GivenFile } from '../api/files';
import { WindowDropOverlay } from '../components/WindowDropOverlay';
import { useWindowFileDrop } from '../register/use-layout';
import { navigate, useRoute } from './routing';
import { dropAction, shellAction, type ShellAction } from './shell-actions';
import { requestDraftOutputs, requestRegisterImport } from './shell-requests';

// Loaded when a file first calls for them: the first screen stays without the import code.
const HandoffImportDialog = lazy(() =>
  import('../portfolio/HandoffImportDialog').then((m) => ({ default: m.HandoffImportDialog })),
);
const ChooseEnterpriseDialog = lazy(() =>
  import('./ChooseEnterpriseDialog').then((m) => ({ default: m.ChooseEnterpriseDialog })),
);

/**
 * The desktop shell's commands (its menu, files opened with the app) and files dropped anywhere on
 * the window, turned into pages and dialogs. The browser host has no shell: there only drops arrive.
 */
export function ShellCommands() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const route = useRoute();
  // Mounted on the first client file and kept, so the dialog can close with its animation.
  const [handoff, setHandoff] = useState<{ open: boolean; given: GivenFile } | null>(null);
  const [choosing, setChoosing] = useState<File | FileRef | null>(null);

  const perform = (action: ShellAction) => {
    switch (action.kind) {
      case 'navigate':
        return navigate(action.route);
      case 'register-import':
        requestRegisterImport(action.enterpriseId, action.file);
        return navigate({ page: 'register', enterpriseId: action.enterpriseId });
      case 'choose-enterprise':
        return setChoosing(action.file);
      case 'pick-enterprise-first':
        navigate({ page: 'enterprises' });
        return void message.info(t('shellUi.pickEnterpriseFirst'));
      case 'draft-outputs':
        requestDraftOutputs(action.projectId);
        return navigate({
          page: 'application',
          enterpriseId: action.enterpriseId,
          projectId: action.projectId,
        });
      case 'open-project-first':
        return void message.info(t('shellUi.openProjectFirst'));
      case 'handoff':
        return setHandoff({ open: true, given: giveFile(action.file) });
      case 'unsupported-file':
        return void message.warning(t('shellUi.unsupportedFile', { name: action.name }));
      case 'leave-to-page':
        return;
    }
  };
  // The window's listeners and the shell's subscription are set up once and act with the current page.
  const act = useEffectEvent(perform);

  const currentRoute = useEffectEvent(() => route);
  useEffect(
    () => window.retrofit?.onShellCommand((command) => act(shellAction(command, currentRoute()))),
    [],
  );

  // The same window guard as the register page's: whichever runs first, a drop one of them handled
  // (defaultPrevented) is left alone by the other, and so is a file the page keeps for itself.
  const dragging = useWindowFileDrop(
    (file) => perform(dropAction(file, route)),
    (file) => dropAction(file, route).kind !== 'leave-to-page',
  );

  const hint = dragging && route.page !== 'register' && !handoff?.open && choosing === null;
  return (
    <>
      {hint && <WindowDropOverlay label={t('shellUi.dropHint')} testId="shell-drop-overlay" />}
      <Suspense fallback={null}>
        {handoff && (
          <HandoffImportDialog
            open={handoff.open}
            given={handoff.given}
            onClose={() => setHandoff({ ...handoff, open: false })}
          />
        )}
        {choosing && (
          <ChooseEnterpriseDialog
            fileName={choosing.name}
            onChoose={(enterpriseId) => {
              setChoosing(null);
              perform({ kind: 'register-import', enterpriseId, file: choosing });
            }}
            onShowList={() => {
              setChoosing(null);
              navigate({ page: 'enterprises' });
            }}
            onClose={() => setChoosing(null)}
          />
        )}
      </Suspense>
    </>
  );
}

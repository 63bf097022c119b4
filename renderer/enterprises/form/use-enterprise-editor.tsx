import { useState } from 'react';
import type { Enterprise } from '../../../shared/enterprise/enterprise-schema';
import { EnterpriseEditor } from './EnterpriseEditor';

interface Session {
  enterprise: Enterprise | null;
  /** A fresh form for every opening: nothing typed in an abandoned one comes back. */
  key: number;
  open: boolean;
}

/** The add/edit drawer as a hook, so the list and the detail page open the same form the same way. */
export function useEnterpriseEditor(onSaved?: (saved: Enterprise, created: boolean) => void) {
  const [session, setSession] = useState<Session | null>(null);
  const show = (enterprise: Enterprise | null) =>
    setSession((s) => ({ enterprise, key: (s?.key ?? 0) + 1, open: true }));
  const close = () => setSession((s) => (s ? { ...s, open: false } : s));

  const element = session && (
    <EnterpriseEditor
      key={session.key}
      enterprise={session.enterprise}
      open={session.open}
      onClose={close}
      afterClose={() => setSession((s) => (s?.open ? s : null))}
      onSaved={(saved, created) => {
        close();
        onSaved?.(saved, created);
      }}
    />
  );
  return { openCreate: () => show(null), openEdit: show, element };
}

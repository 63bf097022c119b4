import { useEffect, useState } from 'react';
import type { MappingChoice } from '../../../shared/register/header-mapping';
import type { FileRef, ImportPreview } from '../../../shared/register/register-api';
import { useApi } from '../../api/api-context';

export interface PreviewRequest {
  file: FileRef | null;
  sheet: string | undefined;
  choice: MappingChoice;
}

/**
 * The core's preview of a file for the mapping step, asked again whenever the sheet or the mapping
 * changes. The last preview stays on screen while the next one is read, so the tables do not jump.
 */
export function useImportPreview(enterpriseId: number, request: PreviewRequest) {
  const api = useApi();
  const [answer, setAnswer] = useState<{ key: string; data?: ImportPreview; error?: unknown } | null>(null);
  const key = JSON.stringify({ enterpriseId, ...request });

  useEffect(() => {
    const { file, sheet, choice } = JSON.parse(key) as PreviewRequest;
    if (!file) return;
    let current = true;
    api
      .call('equipment.importPreview', {
        enterpriseId,
        fileId: file.fileId,
        ...(sheet ? { sheet } : {}),
        ...(Object.keys(choice).length ? { mapping: choice } : {}),
      })
      .then(
        (data) => current && setAnswer({ key, data }),
        (error: unknown) => current && setAnswer({ key, error }),
      );
    return () => {
      current = false;
    };
  }, [api, enterpriseId, key]);

  const mine = answer?.key === key ? answer : null;
  const sameFile = answer?.data?.file.fileId === request.file?.fileId;
  return {
    /** The newest preview of this file, possibly for the previous sheet or mapping while this one is read. */
    data: mine ? mine.data : sameFile ? answer?.data : undefined,
    error: mine?.error ?? null,
    loading: request.file !== null && mine === null,
  };
}

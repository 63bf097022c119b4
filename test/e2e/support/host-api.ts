import fs from 'node:fs';
import path from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { WebHost } from './web-host';

/**
 * The browser host's API as the page calls it (a POST with the launch token), for a test to set
 * up data and to read the figures the page must show.
 */
export function hostApi(h: WebHost) {
  const url = new URL(h.url);
  const token = /token=([\w-]+)/.exec(url.hash)![1]!;
  const headers = { 'X-Retrofit-Token': token };
  const answer = async <T>(response: Response): Promise<T> => {
    const body = (await response.json()) as { ok: boolean; result?: T; error?: unknown };
    if (!body.ok) throw new Error(JSON.stringify(body.error));
    return body.result as T;
  };
  const api = {
    call: async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> =>
      answer(
        await fetch(`${url.origin}/api/call/${method}`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        }),
      ),
    upload: async (file: string) =>
      answer<{ fileId: string }>(
        await fetch(`${url.origin}/api/upload`, {
          method: 'POST',
          headers: {
            ...headers,
            'Content-Type': 'application/octet-stream',
            'X-File-Name': encodeURIComponent(path.basename(file)),
          },
          body: fs.readFileSync(file),
        }),
      ),
  };
  return {
    ...api,
    /** Uploads a register file and imports it for the enterprise, as the import wizard ends. */
    importRegister: async (enterpriseId: number, file: string) =>
      api.call('equipment.import', { enterpriseId, fileId: (await api.upload(file)).fileId }),
  };
}

export type HostApi = ReturnType<typeof hostApi>;

/**
 * Help ▸ Check for Updates. The app never checks by itself: factory PCs are offline and a planning
 * tool has no business calling home. An organisation that wants the menu item to look can set
 * `updateUrl` (package.json or settings.json) to a JSON document `{ "version": "1.2.3", "url": … }`;
 * without it the item explains that and shows where releases are published, if that is configured.
 */
export interface UpdateConfig {
  updateUrl?: string;
  releasesUrl?: string;
}

export type UpdateCheck =
  | { kind: 'not-configured'; releasesUrl: string | null }
  | { kind: 'up-to-date'; current: string; releasesUrl: string | null }
  | { kind: 'available'; current: string; latest: string; releasesUrl: string | null }
  | { kind: 'failed'; reason: string; releasesUrl: string | null };

export const UPDATE_TIMEOUT_MS = 5000;

/** Only https: an update notice over plain http could be forged by anyone on the network path. */
export function httpsUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && url.username === '' && url.password === '' ? url.href : null;
  } catch {
    return null;
  }
}

const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Semantic-version order (a pre-release sorts before its release); null when either is not a version. */
export function compareVersions(a: string, b: string): number | null {
  const ma = SEMVER.exec(a.trim());
  const mb = SEMVER.exec(b.trim());
  if (!ma || !mb) return null;
  for (let i = 1; i <= 3; i += 1) {
    const d = Number(ma[i]) - Number(mb[i]);
    if (d !== 0) return Math.sign(d);
  }
  const pa = ma[4];
  const pb = mb[4];
  if (pa === pb) return 0;
  if (pa === undefined) return 1;
  if (pb === undefined) return -1;
  const xa = pa.split('.');
  const xb = pb.split('.');
  for (let i = 0; i < Math.max(xa.length, xb.length); i += 1) {
    const sa = xa[i];
    const sb = xb[i];
    if (sa === undefined) return -1;
    if (sb === undefined) return 1;
    if (sa === sb) continue;
    const na = /^\d+$/.test(sa) ? Number(sa) : null;
    const nb = /^\d+$/.test(sb) ? Number(sb) : null;
    if (na !== null && nb !== null) return Math.sign(na - nb);
    if (na !== null) return -1;
    if (nb !== null) return 1;
    return sa < sb ? -1 : 1;
  }
  return 0;
}

export type FetchLike = (
  url: string,
  init: { signal: AbortSignal; headers: Record<string, string> },
) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

/** Asks the configured address once; every failure (offline, timeout, bad answer) becomes a result, never a throw. */
export async function checkForUpdates(
  config: UpdateConfig,
  currentVersion: string,
  fetchImpl: FetchLike,
  timeoutMs = UPDATE_TIMEOUT_MS,
): Promise<UpdateCheck> {
  const releasesUrl = httpsUrl(config.releasesUrl);
  const updateUrl = httpsUrl(config.updateUrl);
  if (!updateUrl) return { kind: 'not-configured', releasesUrl };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(updateUrl, {
      signal: controller.signal,
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return { kind: 'failed', reason: `HTTP ${response.status}`, releasesUrl };
    const body = await response.json();
    const latest =
      typeof body === 'object' && body !== null && typeof (body as { version?: unknown }).version === 'string'
        ? (body as { version: string }).version
        : null;
    const order = latest === null ? null : compareVersions(latest, currentVersion);
    if (latest === null || order === null)
      return { kind: 'failed', reason: 'no version in the answer', releasesUrl };
    const announced = httpsUrl((body as { url?: string }).url) ?? releasesUrl;
    return order > 0
      ? {
          kind: 'available',
          current: currentVersion,
          latest: latest.replace(/^v/, ''),
          releasesUrl: announced,
        }
      : { kind: 'up-to-date', current: currentVersion, releasesUrl };
  } catch (e) {
    const reason = controller.signal.aborted ? 'timeout' : e instanceof Error ? e.message : String(e);
    return { kind: 'failed', reason, releasesUrl };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A plain page shown when the renderer fails to load, so the user sees what happened instead of an
 * empty window. It is a data: URL built here, independent of the app:// protocol that may be the
 * very thing failing, and carries its own CSP: no script, no network.
 */
import type { Lang } from '../../shared/i18n/messages';
import { shellMessage } from './shell-messages';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function loadErrorPageHtml(lang: Lang, errorCode: number, errorDescription: string): string {
  const title = escapeHtml(shellMessage(lang, 'loadFailedTitle'));
  const hint = escapeHtml(shellMessage(lang, 'loadFailedHint'));
  const detail = escapeHtml(`${errorDescription || 'ERR_FAILED'} (${errorCode})`);
  return [
    '<!doctype html>',
    `<html lang="${lang}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${title}</title>`,
    '<style>body{font-family:system-ui,sans-serif;margin:4rem auto;max-width:36rem;padding:0 1rem;color:#1f1f1f}',
    'h1{font-size:1.4rem}code{color:#8c8c8c}</style></head>',
    `<body><h1>${title}</h1><p>${hint}</p><p><code>${detail}</code></p></body></html>`,
  ].join('');
}

export function loadErrorPageUrl(lang: Lang, errorCode: number, errorDescription: string): string {
  return (
    'data:text/html;charset=utf-8,' + encodeURIComponent(loadErrorPageHtml(lang, errorCode, errorDescription))
  );
}

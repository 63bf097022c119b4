import fs from 'node:fs';
import { contentTypeOf, resolveRendererPath } from '../../core/files/renderer-files';

export interface StaticFile {
  file: string;
  contentType: string;
}

/** Maps a URL path to an existing file inside root, or null: no escaping the folder, no dotfiles. */
export function resolveStatic(root: string, urlPath: string): StaticFile | null {
  const file = resolveRendererPath(root, urlPath);
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return null;
  return { file, contentType: contentTypeOf(file) };
}

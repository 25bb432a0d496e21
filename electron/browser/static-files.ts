// Main process (plain Node). Serves the built renderer from one folder, confined to it: a request can
// never read a file outside the folder, whatever its path says.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Resolves a URL path to a file inside root, or null when it would escape root or does not exist. */
export function confinedPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const resolved = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const rootResolved = path.resolve(root);
  if (resolved !== rootResolved && !resolved.startsWith(rootResolved + path.sep)) return null;
  return resolved;
}

export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  let file = confinedPath(root, urlPath);
  if (!file) return null;
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
  } catch {
    // Unknown paths fall back to the app's page (client-side routes); assets keep their 404.
    if (path.extname(file) !== '') return null;
    file = path.join(root, 'index.html');
  }
  try {
    const body = await readFile(file);
    return { body, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

// Main process (plain Node). Serves the built renderer from one folder, confined to it: a request can
// never read a file outside the folder, whatever its path says or a link inside the folder points at,
// and only regular files are served.
import { constants } from 'node:fs';
import { lstat, open, realpath, stat, type FileHandle } from 'node:fs/promises';
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

const isInside = (root: string, p: string) => p === root || p.startsWith(root + path.sep);

/**
 * The real path of `file` when it exists and stays inside the real root once links are followed, with
 * what it is; null otherwise. A link planted in the folder must not serve a file from elsewhere.
 */
async function resolveInside(
  realRoot: string,
  file: string,
): Promise<{ real: string; isDirectory: boolean; isFile: boolean } | null> {
  try {
    const real = await realpath(file);
    if (!isInside(realRoot, real)) return null;
    const info = await stat(real);
    return { real, isDirectory: info.isDirectory(), isFile: info.isFile() };
  } catch {
    return null;
  }
}

/** Reads a regular file only (never a pipe or a device, which could hang the request), without following a final link. */
async function readRegularFile(real: string): Promise<Buffer | null> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    if (!(await handle.stat()).isFile()) return null;
    return await handle.readFile();
  } catch {
    return null;
  } finally {
    await handle?.close().catch(() => {});
  }
}

export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  const file = confinedPath(root, urlPath);
  if (!file) return null;
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return null;
  }
  let found = await resolveInside(realRoot, file);
  if (found?.isDirectory) found = await resolveInside(realRoot, path.join(found.real, 'index.html'));
  else if (!found) {
    // Unknown paths fall back to the app's page (client-side routes); assets keep their 404. A path that
    // exists but leads out of the folder is refused, not answered with the page.
    if (path.extname(file) !== '' || (await exists(file))) return null;
    found = await resolveInside(realRoot, path.join(realRoot, 'index.html'));
  }
  if (!found?.isFile) return null;
  const body = await readRegularFile(found.real);
  return body ? { body, contentType: TYPES[path.extname(found.real)] ?? 'application/octet-stream' } : null;
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

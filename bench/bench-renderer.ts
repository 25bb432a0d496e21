// Benchmark part: the renderer's initial JavaScript (what index.html loads before anything else), gzipped.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export function initialJsGzipBytes(rendererDir: string): { gzipBytes: number; files: string[] } {
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) refs.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) refs.add(m[1]!);
  let gzipBytes = 0;
  for (const ref of refs) gzipBytes += gzipSync(readFileSync(path.join(rendererDir, ref.replace(/^\.?\//, '')))).length;
  return { gzipBytes, files: [...refs] };
}

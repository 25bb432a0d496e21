// Benchmark part: the renderer's initial JavaScript (what index.html loads before anything else), gzipped,
// and the largest JavaScript chunk of all (raw bytes; what loads on demand included).
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

export function largestChunk(rendererDir: string): { bytes: number; file: string } {
  const assets = path.join(rendererDir, 'assets');
  let best = { bytes: 0, file: '' };
  for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    const bytes = statSync(path.join(assets, file)).size;
    if (bytes > best.bytes) best = { bytes, file };
  }
  return best;
}

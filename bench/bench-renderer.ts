// Benchmark part: the renderer's initial JavaScript (what the page runs before its first render), gzipped,
// and the largest JavaScript chunk of all (raw bytes; what loads on demand included).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The chunks a built module imports statically (`import … from"./x.js"`, `import"./x.js"`), in its folder. */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g)].map((m) =>
    path.join(path.dirname(file), m[1]!),
  );
}

/**
 * What the page runs before its first render: the entry and what index.html preloads, and the app's code
 * the entry fetches at once (renderer/src/boot.tsx, built as `assets/boot-<hash>.js`) with every chunk it
 * imports. The language's catalogue is not counted (one per language, fetched beside them).
 */
export function initialJsGzipBytes(rendererDir: string): { gzipBytes: number; files: string[] } {
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const files = new Set<string>();
  const add = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    staticImports(file).forEach(add);
  };
  const local = (ref: string) => path.join(rendererDir, ref.replace(/^\.?\//, ''));
  for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) add(local(m[1]!));
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) add(local(m[1]!));
  const assets = path.join(rendererDir, 'assets');
  for (const boot of readdirSync(assets).filter((f) => /^boot-[A-Za-z0-9_-]+\.js$/.test(f)))
    add(path.join(assets, boot));
  let gzipBytes = 0;
  for (const file of files) gzipBytes += gzipSync(readFileSync(file)).length;
  return { gzipBytes, files: [...files].map((f) => path.relative(rendererDir, f)) };
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

// The build's preload of the app's code: index.html names boot.tsx's chunk and every chunk it imports (so
// the browser fetches them beside the entry), each once, and nothing when there is no such chunk.
import { describe, expect, it } from 'vitest';
import { chunksOf } from '@scripts/preload-app-code';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = []) => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  imports,
});

describe('chunksOf', () => {
  it('lists the boot chunk and what it imports, shared imports once', () => {
    const bundle = {
      'assets/index.js': chunk('assets/index.js', '/repo/renderer/index.html', ['assets/runtime.js']),
      'assets/boot.js': chunk('assets/boot.js', '/repo/renderer/src/boot.tsx', ['assets/react.js', 'assets/text.js']),
      'assets/react.js': chunk('assets/react.js', null, ['assets/runtime.js']),
      'assets/text.js': chunk('assets/text.js', null, ['assets/react.js']),
      'assets/runtime.js': chunk('assets/runtime.js', null),
      'assets/en.js': chunk('assets/en.js', '/repo/shared/text/en.ts'),
      'assets/boot.css': { type: 'asset', fileName: 'assets/boot.css' },
    };
    expect(chunksOf(bundle, '/renderer/src/boot.tsx')).toEqual([
      'assets/boot.js',
      'assets/react.js',
      'assets/runtime.js',
      'assets/text.js',
    ]);
  });

  it('finds the chunk from a Windows path too, and nothing when it is not there', () => {
    const bundle = { 'a.js': chunk('a.js', 'C:\\repo\\renderer\\src\\boot.tsx') };
    expect(chunksOf(bundle, '/renderer/src/boot.tsx')).toEqual(['a.js']);
    expect(chunksOf({}, '/renderer/src/boot.tsx')).toEqual([]);
  });
});

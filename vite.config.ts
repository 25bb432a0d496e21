import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { preloadAppCode } from './scripts/preload-app-code.ts';

// The renderer only; main and preload are bundled by esbuild (scripts/build.ts), which is all they need.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadAppCode()],
  // The import aliases (@shared, @renderer, …) are written once, in tsconfig.base.json.
  resolve: { tsconfigPaths: true },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    modulePreload: { polyfill: false },
    // One stylesheet (about 20 kB) in the page's head: a lazy import with its own CSS waits for that file
    // before it runs, and the app's code was such an import (main.tsx → boot.tsx), so the first frame waited
    // for a second request of its own.
    cssCodeSplit: false,
  },
});

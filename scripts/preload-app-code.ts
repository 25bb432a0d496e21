// Build (Vite plugin, plain Node). The app's code (boot.tsx and the chunks it imports) is a dynamic import
// of the entry (renderer/src/main.tsx), so the browser would only start fetching it once the entry has
// arrived and run. `modulepreload` links in index.html for each of those chunks (`preload` for their CSS)
// have it fetched from the moment the page is read, beside the entry, without running it before its time.
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The chunk of `entrySuffix` (a path's end) and every chunk it imports statically, in load order. */
export function chunksOf(
  bundle: Record<string, { type: string; fileName: string; facadeModuleId?: string | null; imports?: string[] }>,
  entrySuffix: string,
): string[] {
  const start = Object.values(bundle).find(
    (c) => c.type === 'chunk' && c.facadeModuleId?.replaceAll('\\', '/').endsWith(entrySuffix),
  );
  if (!start) return [];
  const out: string[] = [];
  const visit = (fileName: string) => {
    if (out.includes(fileName)) return;
    out.push(fileName);
    for (const next of bundle[fileName]?.imports ?? []) visit(next);
  };
  visit(start.fileName);
  return out;
}

export function preloadAppCode(entrySuffix = '/renderer/src/boot.tsx'): Plugin {
  return {
    name: 'tcd-preload-app-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const bundle = ctx.bundle;
        const tags: HtmlTagDescriptor[] = [];
        for (const fileName of chunksOf(bundle, entrySuffix)) {
          // Already in the page (the entry's own imports) need no second link.
          if (html.includes(`/${fileName}"`)) continue;
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
            injectTo: 'head',
          });
          const chunk = bundle[fileName] as { viteMetadata?: { importedCss?: Set<string> } };
          for (const css of chunk.viteMetadata?.importedCss ?? [])
            if (!html.includes(`/${css}"`))
              tags.push({ tag: 'link', attrs: { rel: 'preload', as: 'style', href: `./${css}` }, injectTo: 'head' });
        }
        return { html, tags };
      },
    },
  };
}

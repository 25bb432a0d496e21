// Main process (plain Node). The shell of the simulator's server-rendered auth pages: escaping, one inline
// style sheet, no scripts and no external resources, headers that keep the pages out of frames and caches.
import type { SimResponse } from '../sim-types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function esc(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const STYLE = `
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#171a20;background:#f4f4f4}
main{max-width:30rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:4px}
.brand{letter-spacing:.4em;font-weight:600;font-size:.9rem;text-transform:uppercase;margin:0 0 1.5rem}
h1{font-size:1.35rem;font-weight:500;margin:0 0 1rem}
.who{color:#5c5e62;font-size:.9rem;margin:0 0 1rem}
fieldset{border:0;padding:0;margin:0 0 1rem}
legend{font-weight:500;margin-bottom:.5rem}
.scope{display:grid;grid-template-columns:auto 1fr;column-gap:.6rem;padding:.6rem 0;border-top:1px solid #e2e3e3}
.scope input{margin-top:.3rem;width:1.1rem;height:1.1rem}
.scope label{font-weight:500}
.scope p{grid-column:2;margin:0;color:#5c5e62;font-size:.9rem}
.alert{background:#fdecea;border-left:4px solid #b74134;padding:.6rem .8rem;margin:0 0 1rem}
.note{background:#eef3fb;padding:.6rem .8rem;margin:0 0 1rem;font-size:.9rem}
.actions{display:flex;flex-wrap:wrap;gap:.6rem;margin-top:1rem}
button{font:inherit;padding:.55rem 1.2rem;border-radius:4px;border:1px solid #171a20;background:#fff;cursor:pointer}
button.primary{background:#3e6ae1;border-color:#3e6ae1;color:#fff}
button.link{border:0;padding:.2rem 0;color:#3e6ae1;text-decoration:underline;background:none}
button:focus-visible{outline:3px solid #171a20;outline-offset:2px}
code{font-size:.9rem}
`;

/** A complete page; `bodyHtml` must already be escaped where it carries outside text. */
export function htmlPage(status: number, title: string, bodyHtml: string): SimResponse {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head>
<body><main><p class="brand" aria-hidden="true">Tesla</p>
${bodyHtml}
</main></body></html>`;
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'x-frame-options': 'DENY',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      'referrer-policy': 'no-referrer',
    },
    body: html,
  };
}

/** Tesla-style error page: the request is refused and nothing is redirected. */
export function errorPage(error: string, message: string): SimResponse {
  return htmlPage(
    400,
    'Tesla – Error',
    `<h1>Something went wrong</h1>
<p class="alert" role="alert"><code>${esc(error)}</code>: ${esc(message)}</p>
<p>Close this window and return to the app that sent you here.</p>`,
  );
}

export interface ScopeBox {
  scope: string;
  label: string;
  hint: string;
  checked: boolean;
}

/**
 * One accessible checkbox per scope: the label is exactly Tesla's consent label, the value the scope.
 * electron/accounts/sign-in/consent-driver.ts reads `name="scope" value="..."` (and `name="transaction_id" value="..."`)
 * in that attribute order: keep it.
 */
export function scopeBoxes(boxes: readonly ScopeBox[]): string {
  return boxes
    .map(
      (
        b,
      ) => `<div class="scope"><input type="checkbox" id="scope-${esc(b.scope)}" name="scope" value="${esc(b.scope)}"${b.checked ? ' checked' : ''} aria-describedby="hint-${esc(b.scope)}">
<label for="scope-${esc(b.scope)}">${esc(b.label)}</label><p id="hint-${esc(b.scope)}">${esc(b.hint)}</p></div>`,
    )
    .join('\n');
}

/** Where a page-issued redirect goes: 302 with no body, never cached. */
export function redirectTo(location: string): SimResponse {
  return { status: 302, headers: { location, 'Cache-Control': 'no-store' } };
}

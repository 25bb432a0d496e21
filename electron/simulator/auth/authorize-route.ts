// Main process (plain Node). GET/POST /oauth2/v3/authorize: Tesla's consent screen. A bad client or
// redirect URI is shown on the page and never redirected to; everything else answers at redirect_uri.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AuthDeps, SimRequest, SimResponse, SimRoute } from '../sim-types';
import type { AuthState, PendingAuthorize } from './auth-state';
import { findClient } from './clients';
import { errorPage, esc, htmlPage, redirectTo, scopeBoxes } from './html-page';
import { CONSENT_SCOPES, consentScopesOf, grantedForRequest, parseScopeParam } from './scopes';
import { authIssuer } from './token-issuer';

/** Authorization codes are single use and expire after this much simulated time. */
export const CODE_TTL_MS = 60_000;
/** A consent screen left open longer than this has to be started again from the app. */
export const PENDING_TTL_MS = 30 * 60_000;

const PKCE_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

const authorizeQuerySchema = z.object({
  response_type: z.string().optional(),
  scope: z.string().optional(),
  nonce: z.string().max(512).optional(),
  code_challenge: z.string().optional(),
  code_challenge_method: z.string().optional(),
  prompt_missing_scopes: z.string().optional(),
  require_requested_scopes: z.string().optional(),
  show_keypair_step: z.string().optional(),
});

function queryObject(query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of query) if (!(key in out)) out[key] = value;
  return out;
}

function withParams(redirectUri: string, params: Record<string, string>): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

export function authorizeRoutes(deps: AuthDeps, state: AuthState): SimRoute[] {
  const currentGrant = (clientId: string): string[] =>
    state.grantOf(clientId) ?? consentScopesOf(deps.account().grantedScopes);

  function errorRedirect(redirectUri: string, stateParam: string, error: string, description: string): SimResponse {
    return redirectTo(withParams(redirectUri, { error, error_description: description, state: stateParam }));
  }

  /** Records the customer's choice for the boxes shown and answers the app with a fresh code. */
  function complete(pending: PendingAuthorize, ticked: string[]): SimResponse {
    const shown = new Set(consentScopesOf(pending.requested));
    const kept = currentGrant(pending.clientId).filter((s) => !shown.has(s));
    const grant = consentScopesOf([...kept, ...ticked.filter((s) => shown.has(s))]);
    state.setGrant(pending.clientId, grant);
    const code = `${deps.account().region}_${randomBytes(32).toString('hex')}`;
    state.codes.set(code, {
      clientId: pending.clientId,
      redirectUri: pending.redirectUri,
      requested: pending.requested,
      scopes: grantedForRequest(pending.requested, grant),
      nonce: pending.nonce,
      codeChallenge: pending.codeChallenge,
      expiresAt: deps.clock.now() + CODE_TTL_MS,
    });
    return redirectTo(
      withParams(pending.redirectUri, { code, state: pending.state, issuer: authIssuer(deps.origin()) }),
    );
  }

  function consentPage(
    id: string,
    pending: PendingAuthorize,
    ticked: ReadonlySet<string>,
    alert: string | null,
  ): SimResponse {
    const client = findClient(pending.clientId);
    const appName = client?.name ?? pending.clientId;
    const shown = consentScopesOf(pending.requested);
    const boxes = CONSENT_SCOPES.filter((c) => shown.includes(c.scope)).map((c) => ({
      ...c,
      checked: ticked.has(c.scope),
    }));
    const account = deps.account();
    const title = `Allow ${appName} access to your Tesla Account?`;
    return htmlPage(
      200,
      'Tesla – Allow access',
      `<h1>${esc(title)}</h1>
<p class="who">Signed in as ${esc(account.email)}</p>
${alert ? `<p class="alert" role="alert">${esc(alert)}</p>` : ''}
${pending.requireRequestedScopes ? '<p class="note">This app needs every permission below to work.</p>' : ''}
${pending.showKeypairStep ? '<p class="note">Next, the app will ask you to add its virtual key to your vehicle in the Tesla app.</p>' : ''}
<form method="post" action="/oauth2/v3/authorize">
<input type="hidden" name="transaction_id" value="${esc(id)}">
${
  boxes.length > 0
    ? `<fieldset><legend>${esc(appName)} is requesting access to:</legend>
<button type="submit" class="link" name="action" value="select_all">Select All</button>
${scopeBoxes(boxes)}
</fieldset>`
    : `<p>${esc(appName)} is requesting to sign you in.</p>`
}
<div class="actions"><button type="submit" class="primary" name="action" value="allow">Allow</button>
<button type="submit" name="action" value="deny">Do Not Allow</button></div>
</form>`,
    );
  }

  function start(req: SimRequest): SimResponse {
    const q = queryObject(req.query);
    const client = findClient(q.client_id);
    if (!client) return errorPage('unauthorized_client', 'The client_id is not recognized.');
    if (!q.redirect_uri || !client.isRegisteredRedirect(q.redirect_uri)) {
      return errorPage('invalid_redirect_url', 'The redirect_uri is not registered for this application.');
    }
    if (!q.state) return errorPage('invalid_request', 'The state parameter is required.');
    const redirectUri = q.redirect_uri;
    const parsed = authorizeQuerySchema.safeParse(q);
    if (!parsed.success) return errorRedirect(redirectUri, q.state, 'invalid_request', 'A parameter is malformed.');
    const p = parsed.data;
    if (p.response_type !== 'code') {
      return errorRedirect(redirectUri, q.state, 'unsupported_response_type', 'response_type must be "code".');
    }
    const requested = parseScopeParam(p.scope);
    if (requested.length === 0)
      return errorRedirect(redirectUri, q.state, 'invalid_request', 'The scope parameter is required.');
    let codeChallenge: string | null = null;
    if (p.code_challenge !== undefined || p.code_challenge_method !== undefined) {
      if (p.code_challenge_method !== 'S256' || !PKCE_CHALLENGE.test(p.code_challenge ?? '')) {
        return errorRedirect(
          redirectUri,
          q.state,
          'invalid_request',
          'PKCE needs a code_challenge with code_challenge_method S256.',
        );
      }
      codeChallenge = p.code_challenge ?? null;
    }
    const pending: PendingAuthorize = {
      clientId: client.clientId,
      redirectUri,
      state: q.state,
      requested,
      nonce: p.nonce ?? null,
      codeChallenge,
      promptMissingScopes: p.prompt_missing_scopes === 'true',
      requireRequestedScopes: p.require_requested_scopes === 'true',
      showKeypairStep: p.show_keypair_step === 'true',
      createdAt: deps.clock.now(),
    };
    if (deps.autoConsent()) {
      // The scenario's customer ticks what they grant; if the app insists on more, they can only decline.
      const granted = consentScopesOf(deps.account().grantedScopes);
      const shown = consentScopesOf(requested);
      if (pending.requireRequestedScopes && !shown.every((s) => granted.includes(s))) {
        return errorRedirect(redirectUri, q.state, 'access_denied', 'The user denied the request.');
      }
      return complete(pending, granted);
    }

    const now = deps.clock.now();
    for (const [key, old] of state.pending) if (now - old.createdAt > PENDING_TTL_MS) state.pending.delete(key);
    const id = randomBytes(16).toString('hex');
    state.pending.set(id, pending);
    const ticked = new Set(pending.promptMissingScopes ? currentGrant(client.clientId) : []);
    return consentPage(id, pending, ticked, null);
  }

  function decide(req: SimRequest): SimResponse {
    const form = new URLSearchParams(req.rawBody);
    const id = form.get('transaction_id') ?? '';
    const pending = state.pending.get(id);
    if (!pending || deps.clock.now() - pending.createdAt > PENDING_TTL_MS) {
      state.pending.delete(id);
      return errorPage(
        'invalid_request',
        'This sign-in has expired or was already finished. Start again from the app.',
      );
    }
    const shown = consentScopesOf(pending.requested);
    const ticked = form.getAll('scope').filter((s) => shown.includes(s));
    switch (form.get('action')) {
      case 'select_all':
        return consentPage(id, pending, new Set(shown), null);
      case 'deny':
        state.pending.delete(id);
        return errorRedirect(pending.redirectUri, pending.state, 'access_denied', 'The user denied the request.');
      case 'allow':
        if (pending.requireRequestedScopes && ticked.length < shown.length) {
          return consentPage(
            id,
            pending,
            new Set(ticked),
            'Select every permission to continue: this app needs all of them.',
          );
        }
        state.pending.delete(id);
        return complete(pending, ticked);
      default:
        return consentPage(id, pending, new Set(ticked), null);
    }
  }

  return [
    { method: 'GET', pattern: '/oauth2/v3/authorize', billing: 'page', handler: start },
    { method: 'POST', pattern: '/oauth2/v3/authorize', billing: 'page', handler: decide },
  ];
}

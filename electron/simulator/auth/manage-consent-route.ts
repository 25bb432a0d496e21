// Main process (plain Node). /user/revoke/consent: the customer's "Third Party Apps > Manage" page, where a
// granted box can be unticked ("Update") or the app's access removed. Scope changes reach new access tokens;
// removing access ends the app's refresh tokens (Tesla's documented behaviour) and, here, its access tokens.
import type { AuthDeps, SimRequest, SimResponse, SimRoute } from '../sim-types';
import type { AuthState } from './auth-state';
import { findClient, type SimClient } from './clients';
import { errorPage, esc, htmlPage, redirectTo, scopeBoxes } from './html-page';
import { CONSENT_SCOPES, consentScopesOf } from './scopes';

export const MANAGE_CONSENT_PATH = '/user/revoke/consent';

export function manageConsentRoutes(deps: AuthDeps, state: AuthState): SimRoute[] {
  const currentGrant = (clientId: string): string[] =>
    state.grantOf(clientId) ?? consentScopesOf(deps.account().grantedScopes);

  function formAction(clientId: string, backUrl: string | null): string {
    const q = new URLSearchParams({ revoke_client_id: clientId });
    if (backUrl) q.set('back_url', backUrl);
    return `${MANAGE_CONSENT_PATH}?${q.toString()}`;
  }

  function page(client: SimClient, backUrl: string | null, notice: string | null): SimResponse {
    const grant = currentGrant(client.clientId);
    const boxes = CONSENT_SCOPES.filter((c) => grant.includes(c.scope)).map((c) => ({ ...c, checked: true }));
    const back = backUrl ? `<p><a href="${esc(backUrl)}">Back to ${esc(client.name)}</a></p>` : '';
    const status = notice ? `<p class="note" role="status">${esc(notice)}</p>` : '';
    const body =
      boxes.length === 0
        ? `<h1>Third Party Apps</h1>${status}<p>${esc(client.name)} has no access to your Tesla Account.</p>${back}`
        : `<h1>Third Party Apps</h1>${status}
<form method="post" action="${esc(formAction(client.clientId, backUrl))}">
<fieldset><legend>${esc(client.name)} has access to:</legend>
${scopeBoxes(boxes)}
</fieldset>
<div class="actions"><button type="submit" class="primary" name="action" value="update">Update</button>
<button type="submit" name="action" value="remove">Remove Access</button></div>
</form>${back}`;
    return htmlPage(200, 'Tesla – Third Party Apps', body);
  }

  function resolve(req: SimRequest): { client: SimClient; backUrl: string | null } | SimResponse {
    const form = req.method === 'POST' ? new URLSearchParams(req.rawBody) : new URLSearchParams();
    const client = findClient(req.query.get('revoke_client_id') ?? form.get('revoke_client_id'));
    if (!client) return errorPage('invalid_request', 'The revoke_client_id is not a known application.');
    const back = req.query.get('back_url') ?? form.get('back_url');
    // Only the app's own registered addresses are followed back, so the page is no open redirect.
    return { client, backUrl: back && client.isRegisteredRedirect(back) ? back : null };
  }

  function show(req: SimRequest): SimResponse {
    const target = resolve(req);
    return 'status' in target ? target : page(target.client, target.backUrl, null);
  }

  function change(req: SimRequest): SimResponse {
    const target = resolve(req);
    if ('status' in target) return target;
    const { client, backUrl } = target;
    const form = new URLSearchParams(req.rawBody);
    const action = form.get('action');
    if (action === 'remove') {
      state.removeAccess(client.clientId);
      return backUrl ? redirectTo(backUrl) : page(client, null, 'Access removed.');
    }
    if (action === 'update') {
      // Only boxes already granted can be kept; adding scopes goes through the consent screen.
      const ticked = new Set(form.getAll('scope'));
      state.setGrant(
        client.clientId,
        currentGrant(client.clientId).filter((s) => ticked.has(s)),
      );
      return backUrl ? redirectTo(backUrl) : page(client, null, 'Access updated.');
    }
    return page(client, backUrl, null);
  }

  return [
    { method: 'GET', pattern: MANAGE_CONSENT_PATH, billing: 'page', handler: show },
    { method: 'POST', pattern: MANAGE_CONSENT_PATH, billing: 'page', handler: change },
  ];
}

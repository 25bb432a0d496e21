// Runs anywhere. The account's checks: connection, region and the consent scopes.
import type { Check, FixLink, Subject } from '@shared/report/check-types';
import { products, REQ, type ChecklistInput } from '../checklist-input';
import { check, ev, fix, note } from './make-check';
import type { TextParams } from '@shared/text/text-ref';
import { SCOPE_CHECKS, type ScopeCheckId } from '@shared/tesla/scope-labels';
import type { RawResponse } from '@shared/report/report-schema';
import { causeOf, errorText } from './answer-causes';

/** The title key of the check that explains a refused products call, when another check owns its cause. */
function blockingCheck(raw: RawResponse): string | null {
  const cause = causeOf(raw);
  if (cause === 'partner.not_registered_in_region' || cause === 'partner.public_key_download_failed')
    return 'blocked_by.partner';
  if (cause === 'app.exceeded_limit' || cause === 'app.payment_required') return 'blocked_by.app_status';
  if (cause === 'rate.limited') return 'blocked_by.rate_limit';
  return null;
}

const TOKEN = 'access token';

function reconnectLinks(input: ChecklistInput, scopes: string[]): FixLink[] {
  const links: FixLink[] = [
    { url: `reconnect:?prompt_missing_scopes=true&scope=${encodeURIComponent(scopes.join(' '))}`, kind: 'reconnect' },
  ];
  const clientId = input.profile.clientId;
  if (clientId) {
    const base = (input.profile.authBase ?? 'https://auth.tesla.com').replace(/\/+$/, '');
    links.push({
      url: `${base}/user/revoke/consent?revoke_client_id=${encodeURIComponent(clientId)}`,
      kind: 'consent',
    });
  }
  return links;
}

export function accountChecks(input: ChecklistInput, subject: Subject): Check[] {
  const a = input.account;
  const out: Check[] = [];
  const prod = products(input);
  const expires = a.accessTokenExpiresAt === null ? 'unknown' : new Date(a.accessTokenExpiresAt).toISOString();
  const tokenEvidence = [
    ev(TOKEN, 'exp', expires),
    ev('token store', 'refresh token held', a.hasRefreshToken ?? 'unknown'),
  ];

  // account.connection: a 401 after the client's one refresh means Tesla no longer accepts the grant; the
  // cause names why (a rotated/shared refresh token, consent removed, expired), and an Owner-API token is
  // refused with a 403/412 of its own.
  const rejected = [...input.responses].reverse().find((r) => r.status === 401 || causeOf(r) === 'app.owner_api_token');
  const blocker = !prod.ok && prod.raw !== null ? blockingCheck(prod.raw) : null;
  if (rejected) {
    const cause = causeOf(rejected);
    const error = errorText(rejected);
    const params = { status: rejected.status, error };
    const evidence = [...tokenEvidence, ev(rejected.request, 'status', rejected.status)];
    if (cause === 'app.owner_api_token') {
      out.push(
        check(
          'account.connection',
          subject,
          'fail',
          'connection.owner_api',
          params,
          evidence,
          fix('platform_fleet_api', { error }, [], 'platform'),
        ),
      );
    } else if (cause === 'auth.token_revoked') {
      out.push(
        check(
          'account.connection',
          subject,
          'fail',
          'connection.revoked',
          params,
          evidence,
          fix('reconnect_keep_key', {}, reconnectLinks(input, []), 'customer'),
        ),
      );
    } else if (cause === 'auth.login_required' || cause === 'auth.invalid_grant') {
      out.push(
        check(
          'account.connection',
          subject,
          'fail',
          'connection.login_required',
          params,
          evidence,
          fix('reconnect', {}, reconnectLinks(input, []), 'customer'),
        ),
      );
    } else {
      const body = rejected.body as { error?: unknown } | null;
      const said: TextParams =
        typeof body?.error === 'string' && body.error
          ? { error: body.error }
          : { errorKey: 'input.token_not_accepted' };
      out.push(
        check(
          'account.connection',
          subject,
          'fail',
          'connection.rejected',
          { status: rejected.status, ...said },
          evidence,
          fix('reconnect', {}, reconnectLinks(input, []), 'installer'),
        ),
      );
    }
  } else if (blocker && !prod.ok) {
    // Tesla refused for a reason another check names (platform not registered, app suspended, rate limit):
    // the connection itself cannot be judged, and that check says who fixes it.
    out.push(
      check(
        'account.connection',
        subject,
        'unknown',
        'connection.blocked',
        { request: prod.request, ...prod.reason, titleKey: blocker },
        [...tokenEvidence, ev(prod.request, 'status', prod.status, note('reason', prod.reason))],
      ),
    );
  } else if (!prod.ok && prod.raw !== null) {
    // The token may be fine, but Tesla would not list the products: nothing else can be judged.
    out.push(
      check(
        'account.connection',
        subject,
        'unknown',
        'connection.products_failed',
        { request: prod.request, ...prod.reason },
        [...tokenEvidence, ev(prod.request, 'status', prod.status, note('reason', prod.reason))],
        fix('retry', {}, [], 'app'),
      ),
    );
  } else if (a.way === 'platform' && a.accessTokenExpiresAt !== null) {
    // Borrowed: the platform holds the refresh token and renews its own connection; the doctor holding
    // none is the point, not a fault (it borrows again when the token runs out).
    out.push(check('account.connection', subject, 'pass', 'connection.borrowed', { expires }, tokenEvidence));
  } else if (a.accessTokenExpiresAt === null || a.hasRefreshToken === null) {
    out.push(check('account.connection', subject, 'unknown', 'connection.unknown', {}, tokenEvidence));
  } else if (a.accessTokenExpiresAt <= input.now && !a.hasRefreshToken) {
    out.push(
      check(
        'account.connection',
        subject,
        'fail',
        'connection.expired',
        { expires },
        tokenEvidence,
        fix('reconnect', {}, reconnectLinks(input, []), 'installer'),
      ),
    );
  } else if (!a.hasRefreshToken) {
    out.push(
      check(
        'account.connection',
        subject,
        'warn',
        'connection.no_refresh',
        { expires },
        tokenEvidence,
        fix('offline_access', {}, reconnectLinks(input, ['offline_access']), 'installer'),
      ),
    );
  } else {
    out.push(check('account.connection', subject, 'pass', 'connection.ok', { expires }, tokenEvidence));
  }

  // account.region: the token's ou_code, and whether any call was sent to the wrong region.
  // A 421 the client followed is kept before the answer it led to: the detour works but costs a request.
  const all421 = input.responses.filter((r) => r.status === 421);
  const answeredLater = (r: (typeof all421)[number]) =>
    input.responses
      .slice(input.responses.indexOf(r) + 1)
      .some((x) => x.request === r.request && x.status >= 200 && x.status < 300);
  const misdirected = all421.find((r) => !answeredLater(r));
  const detour = all421[0];
  const regionEvidence = [ev(TOKEN, 'ou_code', a.region ?? undefined)];
  if (!misdirected && detour && a.region) {
    const body = detour.body as { error?: unknown } | null;
    const error = typeof body?.error === 'string' ? body.error : 'user out of region';
    out.push(
      check(
        'account.region',
        subject,
        'warn',
        'region.redirected',
        { region: a.region, error },
        [...regionEvidence, ev(detour.request, 'error', error)],
        fix('region', {}, reconnectLinks(input, []), 'installer'),
      ),
    );
  } else if (misdirected) {
    const body = misdirected.body as { error?: unknown } | null;
    const error = typeof body?.error === 'string' ? body.error : 'user out of region';
    out.push(
      check(
        'account.region',
        subject,
        'fail',
        'region.wrong',
        { error },
        [...regionEvidence, ev(misdirected.request, 'error', error)],
        fix('region', {}, reconnectLinks(input, []), 'app'),
      ),
    );
  } else if (!a.region) {
    out.push(check('account.region', subject, 'unknown', 'region.unknown', {}, regionEvidence));
  } else {
    out.push(check('account.region', subject, 'pass', 'region.ok', { region: a.region }, regionEvidence));
  }

  // scope.refresh: offline_access has no checkbox; without it there is no refresh token.
  const scopesEvidence = (needed: readonly string[]) => [
    ev(
      TOKEN,
      'scp',
      a.grantedScopes.join(' ') || '(none)',
      note('needs_scopes', { scopes: needed.join(', '), count: needed.length }),
    ),
  ];
  out.push(
    a.grantedScopes.includes('offline_access')
      ? check('scope.refresh', subject, 'pass', 'scope.refresh_ok', {}, scopesEvidence(['offline_access']))
      : check(
          'scope.refresh',
          subject,
          'fail',
          'scope.refresh_missing',
          {},
          scopesEvidence(['offline_access']),
          fix('offline_access', {}, reconnectLinks(input, ['offline_access']), 'installer'),
        ),
  );

  for (const id of Object.keys(SCOPE_CHECKS) as ScopeCheckId[]) {
    const spec = SCOPE_CHECKS[id];
    const granted = spec.scopes.some((s) => a.grantedScopes.includes(s));
    const params = {
      checkbox: spec.checkbox,
      impactKey: `impact.${spec.impact}`,
      kindKey: `kind.${spec.kind}`,
      grantedKey: granted ? 'word.allowed' : 'word.not_allowed',
    };
    const evidence = scopesEvidence(spec.scopes);
    // Without the kind's read scope the product list may leave such products out: zero proves nothing.
    const readGranted = a.grantedScopes.includes(spec.kind === 'energy' ? 'energy_device_data' : 'vehicle_device_data');
    const listed = prod.ok ? (spec.kind === 'energy' ? prod.data.sites.length : prod.data.vehicles.length) : null;
    const count = listed === 0 && !readGranted ? null : listed;
    if (prod.ok) evidence.push(ev(REQ.products, spec.kind === 'energy' ? 'energy sites' : 'vehicles', count));
    const scopeFix = fix(
      'reconnect_scope',
      { checkbox: spec.checkbox },
      reconnectLinks(input, [...spec.scopes.slice(0, 1)]),
      // Reconnect happens here, at this laptop, with the customer signing in: yours on site, not the Tesla app.
      'installer',
    );
    if (count === 0) out.push(check(id, subject, 'not_applicable', 'scope.not_applicable', params, evidence));
    else if (granted) out.push(check(id, subject, 'pass', 'scope.granted', params, evidence));
    else {
      const severity = 'missing' in spec ? spec.missing : 'fail';
      out.push(
        check(
          id,
          subject,
          severity,
          count === null ? 'scope.missing_maybe' : 'scope.missing',
          params,
          evidence,
          scopeFix,
        ),
      );
    }
  }
  return out;
}

// A sign-in reply that does not check out (another issuer in the callback, an ID token for someone else)
// is refused with words that name what is wrong; an unreachable token service is named as such. Neither
// may read as "check the internet connection" when the connection is fine, nor as a bare "fetch failed".
import { afterEach, describe, expect, it } from 'vitest';
import { authorizeRedirect, createHarness, type Harness } from '@test/support/connect-harness';
import { closedPort } from '@test/support/closed-port';

let h: Harness;
afterEach(async () => h?.close());

const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

/** A fetch that changes the ID token's claims in the token endpoint's answer (the signature is left stale). */
function tamperingFetch(change: (claims: Record<string, unknown>) => void): typeof fetch {
  return async (input, init) => {
    const res = await fetch(input, init);
    if (!String(input instanceof Request ? input.url : input).endsWith('/oauth2/v3/token') || !res.ok) return res;
    const body = (await res.json()) as Record<string, unknown>;
    const [header, payload, signature] = String(body.id_token).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    change(claims);
    body.id_token = `${header}.${b64url(claims)}.${signature}`;
    return new Response(JSON.stringify(body), { status: res.status, headers: { 'content-type': 'application/json' } });
  };
}

async function signInWith(link: string): Promise<{ ok: boolean; message: string }> {
  const outcome = await h.service.handleCallbackUrl(link);
  return { ok: outcome.ok, message: outcome.ok ? '' : outcome.message };
}

describe('the callback’s issuer', () => {
  it.each(['issuer', 'iss'])(
    'refuses a reply whose “%s” names another sign-in service, and connects nothing',
    async (param) => {
      h = await createHarness();
      const started = await h.service.connect({ demoCallback: 'deep-link' });
      const link = new URL(await authorizeRedirect(started.authorizeUrl));
      link.searchParams.delete('issuer');
      link.searchParams.set(param, 'https://auth.evil.example/oauth2/v3');
      const outcome = await signInWith(link.href);
      expect(outcome.ok).toBe(false);
      expect(outcome.message).toMatch(/different sign-in service/);
      expect(outcome.message).not.toMatch(/internet connection/);
      expect(h.service.list()).toEqual([]);
    },
  );

  it('accepts the reply when both name the expected issuer', async () => {
    h = await createHarness();
    const started = await h.service.connect({ demoCallback: 'deep-link' });
    const link = new URL(await authorizeRedirect(started.authorizeUrl));
    link.searchParams.set('iss', link.searchParams.get('issuer')!);
    expect((await signInWith(link.href)).ok).toBe(true);
  });
});

describe('the ID token from the token endpoint', () => {
  it.each([
    [
      'a foreign issuer',
      (c: Record<string, unknown>) => (c.iss = 'https://auth.evil.example/oauth2/v3'),
      /issued by a different sign-in service/,
    ],
    ['a foreign audience', (c: Record<string, unknown>) => (c.aud = 'someone-elses-client'), /meant for another app/],
    [
      'a foreign nonce',
      (c: Record<string, unknown>) => (c.nonce = 'not-the-nonce-we-sent'),
      /does not belong to this sign-in/,
    ],
  ])('refuses %s with words that say so, not “check the internet connection”', async (_name, change, expected) => {
    h = await createHarness({ fetch: tamperingFetch(change) });
    const started = await h.service.connect({ demoCallback: 'deep-link' });
    const outcome = await signInWith(await authorizeRedirect(started.authorizeUrl));
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(expected);
    expect(outcome.message).toMatch(/Nothing was connected/);
    expect(outcome.message).not.toMatch(/internet connection/);
    expect(h.service.list()).toEqual([]);
  });
});

describe('an unreachable token service', () => {
  it('is named, with the cause and what to do, never a bare “fetch failed”', async () => {
    const port = await closedPort();
    const unreachable: typeof fetch = async (input, init) => {
      if (String(input instanceof Request ? input.url : input).endsWith('/oauth2/v3/token'))
        return fetch(`http://127.0.0.1:${port}/`, init);
      return fetch(input, init);
    };
    h = await createHarness({ fetch: unreachable });
    const started = await h.service.connect({ demoCallback: 'deep-link' });
    const outcome = await signInWith(await authorizeRedirect(started.authorizeUrl));
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/could not reach .*sign-in service.*127\.0\.0\.1/);
    expect(outcome.message).toMatch(/refused/);
    expect(outcome.message).toMatch(/start the connection again/i);
  });
});

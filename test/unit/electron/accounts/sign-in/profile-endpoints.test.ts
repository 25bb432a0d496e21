// Tesla profiles: real endpoints, the callback kind from the registered redirect URI, the secret or a
// token broker; and a sign-in whose code exchange goes through a broker that adds the secret server-side.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { driveConsent } from '@main/accounts/sign-in/consent-driver';
import { TESLA_AUTHORIZE_URL, TESLA_TOKEN_URL } from '@main/accounts/sign-in/endpoints';
import { endpointsForProfile } from '@main/accounts/sign-in/profile-endpoints';
import { SignInFlow } from '@main/accounts/sign-in/sign-in-flow';
import type { TokenSet } from '@main/accounts/sign-in/oauth-client';
import { startSimulator, type RunningSimulator } from '@main/simulator/index';
import type { TeslaProfile } from '@shared/contract';

const base: TeslaProfile = {
  id: 'acme',
  kind: 'tesla',
  name: 'ACME',
  clientId: 'client-12345678',
  redirectUri: 'http://127.0.0.1:8765/callback',
  partnerDomain: 'energy.acme.example',
  credential: { type: 'secret' },
};

describe('endpoints for a Tesla profile', () => {
  it('uses Tesla’s hosts, the keychain secret and the loopback for a 127.0.0.1 redirect', () => {
    const e = endpointsForProfile(base, { clientSecret: 'ta-secret.x', demo: null });
    expect(e).toMatchObject({
      authorizationEndpoint: TESLA_AUTHORIZE_URL,
      tokenEndpoint: TESLA_TOKEN_URL,
      clientSecret: 'ta-secret.x',
      brokerEndpoint: null,
      callback: 'loopback',
      allowInsecureHttp: false,
      trustedApiOrigins: [],
    });
    expect(e.scopes).toEqual(expect.arrayContaining(['openid', 'offline_access', 'energy_cmds']));
  });

  it('uses the deep link for the app scheme or an https forwarder, and the profile’s scopes', () => {
    expect(
      endpointsForProfile(
        { ...base, redirectUri: 'com.teslaconnectdoctor.app://auth/callback' },
        { clientSecret: 's', demo: null },
      ).callback,
    ).toBe('deep-link');
    const e = endpointsForProfile(
      { ...base, redirectUri: 'https://acme.example/tesla-return', scopes: ['openid', 'energy_device_data'] },
      { clientSecret: 's', demo: null },
    );
    expect(e.callback).toBe('deep-link');
    expect(e.scopes).toEqual(['openid', 'energy_device_data']);
  });

  it('refuses a secret profile without its secret, and needs none with a broker', () => {
    expect(() => endpointsForProfile(base, { clientSecret: null, demo: null })).toThrow(/has no client secret yet/);
    const e = endpointsForProfile(
      { ...base, credential: { type: 'broker', brokerUrl: 'https://broker.acme.example/token' } },
      { clientSecret: null, demo: null },
    );
    expect(e).toMatchObject({ brokerEndpoint: 'https://broker.acme.example/token', clientSecret: null });
  });

  it('refuses the Demo profile when no simulator runs', () => {
    expect(() =>
      endpointsForProfile(
        { id: 'demo', kind: 'demo', name: 'Demo', callback: 'loopback' },
        { clientSecret: null, demo: null },
      ),
    ).toThrow(/simulator is not running/);
  });
});

describe('a token broker', () => {
  let sim: RunningSimulator | null = null;
  let broker: http.Server | null = null;
  let flow: SignInFlow | null = null;
  afterEach(async () => {
    await flow?.close();
    await sim?.close();
    await new Promise((r) => (broker ? broker.close(r) : r(undefined)));
  });

  it('does the code exchange: the app sends no secret, the broker adds it', async () => {
    sim = await startSimulator({ scenario: 'healthy', autoConsent: true, speed: 0 });
    const received: URLSearchParams[] = [];
    const simToken = `${sim.origin}/oauth2/v3/token`;
    broker = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        received.push(new URLSearchParams(body));
        form.set('client_secret', 'demo-secret');
        void fetch(simToken, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: form.toString(),
        }).then(async (r) => {
          res.writeHead(r.status, { 'Content-Type': 'application/json' }).end(await r.text());
        });
      });
    });
    await new Promise<void>((r) => broker!.listen(0, '127.0.0.1', () => r()));
    const brokerUrl = `http://127.0.0.1:${(broker.address() as AddressInfo).port}/token`;
    const demoEndpoints = endpointsForProfile(
      { id: 'demo', kind: 'demo', name: 'Demo', callback: 'loopback' },
      {
        clientSecret: null,
        demo: { origin: sim.origin, regionBaseUrls: sim.regionBaseUrls, demoClient: { ...sim.demoClient } },
      },
    );
    const got: TokenSet[] = [];
    flow = new SignInFlow({
      now: () => sim!.clock.now(),
      complete: async (_p, tokens) => {
        got.push(tokens);
        return 'sub';
      },
    });
    const started = await flow.start({
      endpoints: { ...demoEndpoints, clientSecret: null, brokerEndpoint: brokerUrl },
      profileId: 'demo',
      label: null,
      reconnectAccountId: null,
      sessionOnly: true,
    });
    expect(await driveConsent(started.authorizeUrl)).toBe(200);
    expect(got).toHaveLength(1);
    expect(received).toHaveLength(1);
    expect(received[0]!.get('grant_type')).toBe('authorization_code');
    expect(received[0]!.has('client_secret')).toBe(false);
    expect(received[0]!.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    expect(received[0]!.get('audience')).toBe(sim.regionBaseUrls.NA);
  });
});

describe('endpoints for the Demo profile', () => {
  const demoProfile = { id: 'demo', kind: 'demo', name: 'Demo', callback: 'loopback' } as const;
  const simAt = (origin: string) => ({
    origin,
    regionBaseUrls: { NA: `${origin}/na`, EU: `${origin}/eu`, CN: `${origin}/cn` },
    demoClient: { clientId: 'demo', clientSecret: 'demo-secret' },
  });

  it('point at a simulator on this computer', () => {
    expect(
      endpointsForProfile(demoProfile, { clientSecret: null, demo: simAt('http://127.0.0.1:4321') }).tokenEndpoint,
    ).toBe('http://127.0.0.1:4321/oauth2/v3/token');
  });

  it('refuse a “simulator” elsewhere: its token and refresh token would travel there over plain HTTP', () => {
    for (const origin of ['http://evil.example:8080', 'http://192.0.2.1', 'https://evil.example']) {
      expect(() => endpointsForProfile(demoProfile, { clientSecret: null, demo: simAt(origin) }), origin).toThrow(
        /simulator on this computer/,
      );
    }
  });
});

import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT, findClient, isDemoRedirect, secretMatches } from '@main/simulator/auth/clients';
import { AuthState } from '@main/simulator/auth/auth-state';
import { consentScopesOf, grantedForRequest, parseScopeParam } from '@main/simulator/auth/scopes';

describe('demo client redirects', () => {
  it.each([
    'http://127.0.0.1:53123/callback',
    'http://localhost:8080/',
    'http://127.0.0.1:1/a/b?x=1',
    'com.teslaconnectdoctor.app:/oauth/callback',
    'com.teslaconnectdoctor.app://oauth/callback',
  ])('registers %s', (uri) => expect(isDemoRedirect(uri)).toBe(true));

  it.each([
    'http://127.0.0.1/callback',
    'https://127.0.0.1:8443/callback',
    'http://127.0.0.2:8080/callback',
    'http://localhost.evil.example:8080/',
    'http://user:pw@127.0.0.1:8080/',
    'http://127.0.0.1:8080/cb#frag',
    'com.teslaconnectdoctor.app:callback',
    'com.teslaconnectdoctor.apps:/cb',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('refuses %s', (uri) => expect(isDemoRedirect(uri)).toBe(false));

  it('knows demo-client and its secret only', () => {
    expect(findClient('demo-client')).toBe(DEMO_CLIENT);
    expect(findClient('Demo-Client')).toBeUndefined();
    expect(findClient(undefined)).toBeUndefined();
    expect(secretMatches(DEMO_CLIENT, 'demo-secret')).toBe(true);
    expect(secretMatches(DEMO_CLIENT, 'demo-secre')).toBe(false);
    expect(secretMatches(DEMO_CLIENT, '')).toBe(false);
  });
});

describe('scope helpers', () => {
  it('parses the space-separated scope parameter', () => {
    expect(parseScopeParam('  openid  energy_cmds\tenergy_cmds user_data ')).toEqual([
      'openid',
      'energy_cmds',
      'user_data',
    ]);
    expect(parseScopeParam(null)).toEqual([]);
  });

  it("grants requested silent scopes and the consented boxes among those requested, in Tesla's order", () => {
    expect(consentScopesOf(['energy_cmds', 'openid', 'user_data', 'email'])).toEqual(['user_data', 'energy_cmds']);
    expect(
      grantedForRequest(['energy_cmds', 'offline_access', 'user_data', 'openid'], ['user_data', 'vehicle_cmds']),
    ).toEqual(['openid', 'offline_access', 'user_data']);
  });
});

describe('auth state pruning', () => {
  it('drops only records that can no longer be used, once enough pile up', () => {
    const state = new AuthState(4);
    const now = 1_000_000;
    state.accessTokens.set('live', { familyId: 'f', expiresAt: now + 1 });
    state.accessTokens.set('dead', { familyId: 'f', expiresAt: now });
    state.codes.set('NA_old', {
      clientId: 'c',
      redirectUri: 'r',
      requested: [],
      scopes: [],
      nonce: null,
      codeChallenge: null,
      expiresAt: now - 1,
    });
    state.refreshTokens.set('fresh', { familyId: 'f', clientId: 'c', expiresAt: now + 10, rotatedAt: null });
    state.refreshTokens.set('in-grace', { familyId: 'f', clientId: 'c', expiresAt: now + 10, rotatedAt: now - 99 });
    state.refreshTokens.set('rotated-out', { familyId: 'f', clientId: 'c', expiresAt: now + 10, rotatedAt: now - 100 });
    state.prune(now, 100);
    expect([...state.accessTokens.keys()]).toEqual(['live']);
    expect(state.codes.size).toBe(0);
    expect([...state.refreshTokens.keys()]).toEqual(['fresh', 'in-grace']);

    const small = new AuthState(10);
    small.accessTokens.set('dead', { familyId: 'f', expiresAt: 0 });
    small.prune(now, 100);
    expect(small.accessTokens.size).toBe(1);
  });
});

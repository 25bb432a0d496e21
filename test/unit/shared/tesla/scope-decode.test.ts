// A token's scp: Tesla adds scopes (`email` in 2025 broke strict parsers), so one the doctor does not know is
// kept and listed as new from Tesla, never an error; hostile values are dropped, not echoed.
import { describe, expect, it } from 'vitest';
import { decodeScopes } from '@shared/tesla/scope-decode';

describe('decodeScopes', () => {
  it('keeps an unknown scope and lists it as new from Tesla', () => {
    expect(decodeScopes(['openid', 'email', 'energy_device_data', 'offline_access'])).toEqual({
      granted: ['openid', 'email', 'energy_device_data', 'offline_access'],
      newFromTesla: ['email'],
    });
  });

  it('reads a space-separated string too, once each', () => {
    expect(decodeScopes('openid  email email user_data')).toEqual({
      granted: ['openid', 'email', 'user_data'],
      newFromTesla: ['email'],
    });
  });

  it('never throws on hostile input; drops what is not a scope name', () => {
    for (const v of [null, undefined, 42, {}, [{}], [1, 2], 'x'.repeat(1_000_000)]) {
      expect(() => decodeScopes(v)).not.toThrow();
    }
    expect(decodeScopes(['<script>', 'a b', 'x'.repeat(65), 7, 'openid']).granted).toEqual(['openid']);
    expect(decodeScopes(Array.from({ length: 10_000 }, (_, i) => `s${i}`)).granted).toHaveLength(200);
  });
});

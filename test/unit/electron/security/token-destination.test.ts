// The one rule for where a Tesla token may go: Tesla's hosts over HTTPS, or a simulator on this computer.
import { describe, expect, it } from 'vitest';
import { apiBaseOptionProblem, isLoopbackSimulatorUrl, mayCarryToken } from '@main/security/token-destination';

describe('where a token may go', () => {
  it.each([
    'https://fleet-api.prd.na.vn.cloud.tesla.com',
    'https://fleet-api.prd.eu.vn.cloud.tesla.com/api/1/products',
    'https://auth.tesla.com/oauth2/v3/token',
    'https://fleet-api.prd.cn.vn.cloud.tesla.cn:443',
    'http://127.0.0.1:4321/na',
    'http://localhost:4321',
    'http://[::1]:4321/eu',
  ])('allows %s', (url) => expect(mayCarryToken(url)).toBe(true));

  it.each([
    'http://fleet-api.prd.na.vn.cloud.tesla.com', // plain HTTP, even to Tesla
    'https://fleet-api.prd.na.vn.cloud.tesla.com:8443',
    'https://tesla.com.evil.example',
    'https://eviltesla.com',
    'http://evil.example:8080',
    'https://evil.example',
    'http://192.0.2.1/na',
    'http://127.0.0.1.evil.example',
    'http://0.0.0.0:4321',
    'https://user:pw@fleet-api.prd.na.vn.cloud.tesla.com',
    'http://user@127.0.0.1:4321',
    'ftp://127.0.0.1',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(mayCarryToken(url)).toBe(false));

  it('takes only a simulator on this computer for --api-base, with one message for every command', () => {
    expect(isLoopbackSimulatorUrl('http://127.0.0.1:4321')).toBe(true);
    expect(isLoopbackSimulatorUrl('https://fleet-api.prd.na.vn.cloud.tesla.com')).toBe(false);
    expect(apiBaseOptionProblem('http://127.0.0.1:4321/na')).toBeNull();
    expect(apiBaseOptionProblem('http://evil.example:8080')).toMatch(
      /must be a simulator on this computer.*127\.0\.0\.1/,
    );
    expect(apiBaseOptionProblem('http://evil.example:8080')).toMatch(/sign-in token/);
  });
});

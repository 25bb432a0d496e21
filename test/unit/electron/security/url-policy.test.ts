import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAppUrl, isTrustedSenderUrl } from '@main/security/url-policy';

describe('external URL allow-list', () => {
  it.each([
    'https://auth.tesla.com/oauth2/v3/authorize?client_id=x',
    'https://www.tesla.com/_ak/cdn.texturehq.com',
    'https://tesla.com/_ak/example.com?vin=5YJ3E1EA0KF000000',
    'https://auth.tesla.cn/oauth2/v3/authorize',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    'http://auth.tesla.com/',
    'https://tesla.com.evil.example/',
    'https://eviltesla.com/',
    'https://user:pw@auth.tesla.com/',
    'https://auth.tesla.com:8443/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'not a url',
    'http://127.0.0.1:4000/oauth2/v3/authorize',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));

  it('allows an explicitly listed origin, such as the embedded simulator', () => {
    const policy = { extraOrigins: ['http://127.0.0.1:4000'] };
    expect(isAllowedExternalUrl('http://127.0.0.1:4000/oauth2/v3/authorize', policy)).toBe(true);
    expect(isAllowedExternalUrl('http://127.0.0.1:4001/oauth2/v3/authorize', policy)).toBe(false);
  });
});

describe('navigation and sender checks', () => {
  it('treats only the app origin as the app', () => {
    expect(isAppUrl('app://doctor/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://doctor/')).toBe(false);
    expect(isTrustedSenderUrl('app://doctor/#/report')).toBe(true);
    expect(isTrustedSenderUrl('https://auth.tesla.com/')).toBe(false);
    expect(isTrustedSenderUrl(undefined)).toBe(false);
  });
});

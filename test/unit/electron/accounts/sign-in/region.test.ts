import { describe, expect, it } from 'vitest';
import { audienceFor, redirectBaseFrom421, regionFromCode } from '@main/accounts/sign-in/region';
import { TESLA_REGION_BASE_URLS } from '@main/accounts/sign-in/endpoints';

describe('regions', () => {
  it('reads the region prefix of an authorization code and picks the audience from it', () => {
    expect(regionFromCode('EU_abc')).toBe('EU');
    expect(regionFromCode('na_abc')).toBe('NA');
    expect(regionFromCode('CN_x')).toBe('CN');
    expect(regionFromCode('abc')).toBe('NA');
    expect(audienceFor('EU_abc', TESLA_REGION_BASE_URLS)).toBe('https://fleet-api.prd.eu.vn.cloud.tesla.com');
  });

  it('follows a 421 only to Tesla hosts or a trusted origin', () => {
    const msg = (url: string) => `user out of region, use base URL: ${url}, see https://developer.tesla.com/docs`;
    expect(redirectBaseFrom421(msg('https://fleet-api.prd.na.vn.cloud.tesla.com'), [])).toBe(
      'https://fleet-api.prd.na.vn.cloud.tesla.com',
    );
    expect(redirectBaseFrom421(msg('https://fleet-api.prd.cn.vn.cloud.tesla.cn/'), [])).toBe(
      'https://fleet-api.prd.cn.vn.cloud.tesla.cn',
    );
    expect(redirectBaseFrom421(msg('https://evil.example'), [])).toBeNull();
    expect(redirectBaseFrom421(msg('https://tesla.com.evil.example'), [])).toBeNull();
    expect(redirectBaseFrom421(msg('http://fleet-api.prd.na.vn.cloud.tesla.com'), [])).toBeNull();
    expect(redirectBaseFrom421(msg('https://user:pw@fleet-api.prd.na.vn.cloud.tesla.com'), [])).toBeNull();
    expect(redirectBaseFrom421(msg('http://127.0.0.1:4000/eu'), ['http://127.0.0.1:4000'])).toBe(
      'http://127.0.0.1:4000/eu',
    );
    expect(redirectBaseFrom421(msg('http://127.0.0.1:4001/eu'), ['http://127.0.0.1:4000'])).toBeNull();
    expect(redirectBaseFrom421('user out of region', [])).toBeNull();
  });
});

// Every value pattern of the redactor runs in linear time: one Fleet answer, report file or pasted text must
// not hold the main process (a 1 MB run of `eyJ-eyJ-…` took 21 s in redactText, 73 s in a diagnosis).
import { describe, expect, it } from 'vitest';
import { createRedactor } from '@main/redaction/redact';
import { prose, repeated, slowdown } from '@test/support/linear-time';

// Runs each pattern would start on again and again, read to the end, and give up on.
const ATTACKS: Record<string, string> = {
  'JWT (eyJ- runs)': 'eyJ-',
  'JWT (eyJ with dots)': 'eyJabcde.',
  'JWT (eyJ_ runs)': 'eyJa-eyJ_',
  'bearer token': 'Bearer ',
  'region code': 'NA_',
  'query secret': '?code=',
  'keyed secret': 'access_token: ',
  'JSON code': '"code":"A',
  'hex between underscores': `${'f'.repeat(40)}_`,
  'opaque run': 'aB1+',
  'e-mail local part': 'a.',
  'e-mail domain': 'a@a.a',
  'VIN-shaped': '1A',
  'generated key': 'a1-',
  'JSON pair': '"a":"',
  'escaped JSON pair': '\\"a\\":\\"',
  'number list': '"coordinates":[1,',
  'international phone': ' +1111111111111111111x',
  'North American phone': '650-555-',
  'national phone': '0 11 ',
  'coordinate pair': '12.12345,',
  'named coordinate': 'lat=',
  'US street': '1 Aa ',
  'EU street': 'Aaaaaaaa',
  'UK postcode': 'A1 1AA',
  'titled name': 'Mrs. Aa ',
  'name after a role': 'owner: Aa ',
  backslashes: '\\',
  digits: '1',
};

describe('redactor: linear time on hostile text', () => {
  const r = createRedactor({ salt: 's' });
  const plain = prose();

  it.each(Object.entries(ATTACKS))('%s: 1 MB takes under 10× the time of 1 MB of prose', (_name, unit) => {
    expect(slowdown((text) => r.redactText(text), repeated(unit), plain)).toBeLessThan(10);
  });

  it('inside an answer (a product list carrying the run) as well', () => {
    const answer = (note: string) => ({ response: [{ site_name: 'Home', note }] });
    expect(slowdown((text) => r.redact(answer(text)), repeated('eyJ-'), plain)).toBeLessThan(10);
  });

  it('a JWT is still found whole, also inside a longer dotted run and after a dash', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
    expect(r.redactText(`token ${jwt} end`)).toBe('token [redacted:jwt] end');
    expect(r.redactText(`x.${jwt}.tail`)).toBe('x.[redacted:jwt].tail');
    expect(r.redactText(`id-${jwt}`)).toBe('id-[redacted:jwt]');
    expect(r.redactText('eyJ-eyJ-eyJ.short')).not.toContain('[redacted:jwt]');
  });
});

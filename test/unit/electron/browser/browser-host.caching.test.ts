// What the browser may keep: the page never (a rebuilt app shows at the next load); the content-hashed
// scripts and styles for good (their names change with their content), so a reload fetches only the page.
import { describe, expect, it } from 'vitest';
import { cacheControl } from '@main/browser/browser-host';

describe('browser host caching', () => {
  it('keeps hashed build assets and nothing else', () => {
    expect(cacheControl('/assets/index-DfkE9cu1.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/assets/TestChargeScreen-DzQ84Zzo.css?x=1')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/')).toBe('no-store');
    expect(cacheControl('/index.html')).toBe('no-store');
    expect(cacheControl('/assets/logo.svg')).toBe('no-store');
    expect(cacheControl('/assets/index.js')).toBe('no-store');
    expect(cacheControl('/assets/../index-DfkE9cu1.js')).toBe('no-store');
    expect(cacheControl('/assets/sub/index-DfkE9cu1.js')).toBe('no-store');
  });
});

// Issue 23, wrong signal 3, in the terminal: a rate limit's reset as the local time, its day and how long
// ("tomorrow at 01:58, in about 10½ hours"), and why (shared with other apps on this device); German too.
import { describe, expect, it } from 'vitest';
import { formatReportText } from '@main/checklist/format-text';
import { RATE_LIMIT_ZONE, rateLimitedReport } from '@test/support/rate-limited-report';

describe('formatReportText, a long rate limit', () => {
  it('English: tomorrow at 01:58, in about 10½ hours, shared with other apps', () => {
    const text = formatReportText(rateLimitedReport(), 'en', { timeZone: RATE_LIMIT_ZONE });
    expect(text).toContain('tomorrow at 01:58, in about 10½ hours');
    expect(text).toContain('shared with other apps on this device');
    expect(text).not.toMatch(/\d{4}-\d\d-\d\dT/);
    expect(text).not.toContain('UTC');
  });

  it('German: morgen um 01:58, etwa 10½ Stunden', () => {
    const text = formatReportText(rateLimitedReport(), 'de', { timeZone: RATE_LIMIT_ZONE });
    expect(text).toContain('morgen um 01:58');
    expect(text).toContain('10½ Stunden');
    expect(text).toContain('alle Apps auf diesem Gerät');
    expect(text).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });
});

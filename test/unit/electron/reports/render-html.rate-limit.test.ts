// Issue 23, wrong signal 3, in the report (HTML, and so the PDF and the handover page): a rate limit's reset
// as the local time, its day and how long, in the report's language, never an ISO time.
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '@main/reports/render-html';
import { RATE_LIMIT_ZONE, rateLimitedReport } from '@test/support/rate-limited-report';

describe('renderReportHtml, a long rate limit', () => {
  it('English: tomorrow at 01:58, in about 10½ hours, on the handover and in the appendix', async () => {
    const html = await renderReportHtml(rateLimitedReport(), {
      language: 'en',
      timeZone: RATE_LIMIT_ZONE,
      appendix: true,
    });
    expect(html).toContain('tomorrow at 01:58, in about 10½ hours');
    expect(html).not.toMatch(/until \d{4}-\d\d-\d\dT/);
  });

  it('German: morgen um 01:58, etwa 10½ Stunden', async () => {
    const html = await renderReportHtml(rateLimitedReport(), { language: 'de', timeZone: RATE_LIMIT_ZONE });
    expect(html).toContain('morgen um 01:58');
    expect(html).toContain('10½ Stunden');
  });
});

// A report made after a full demo session (connect, checklist, a test charge) and exported: none of the
// issued tokens, the authorization code or the client secret, no unmasked VIN, no email address.
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryVault } from '@main/infra/keychain';
import { driveConsent } from '@main/accounts/sign-in/consent-driver';
import { createBackend, type Backend } from '@main/app/backend';
import { parseReportText } from '@main/reports/read-report-file';
import { tempDir } from '@test/support/temp-dir';

let backend: Backend | null = null;
let remove: (() => void) | null = null;
afterEach(async () => {
  await backend?.stop();
  remove?.();
});

describe('report after a full demo session', () => {
  it('holds no issued token, code, secret, unmasked VIN or email in JSON, HTML or history', async () => {
    const t = tempDir('tcd-report-demo-');
    remove = t.remove;
    const written: string[] = [];
    const vault = new (class extends MemoryVault {
      override async set(key: string, value: string) {
        written.push(value);
        await super.set(key, value);
      }
    })();
    backend = createBackend({ mode: 'demo', dataDir: t.dir, keychain: vault });
    await backend.start();
    const call = { transport: 'browser' as const };

    const started = await backend.handlers['accounts:connect']({ label: 'Job 4711 Müller', way: 'own_app' }, call);
    const codes: string[] = [];
    const spyFetch: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      const location = res.headers.get('location');
      if (location) codes.push(new URL(location).searchParams.get('code') ?? '');
      return res;
    };
    expect(await driveConsent(started.authorizeUrl, { fetch: spyFetch })).toBe(200);
    const accountId = (await backend.handlers['accounts:list']({}, call)).accounts[0]!.id;
    const ctx = backend.context;

    // The checklist as the page runs it; its last result is what the Reports screen exports.
    const checked = await backend.handlers['checklist:run']({ accountId }, call);
    // The unredacted checklist result does hold a VIN (so the checks below can fail).
    expect(JSON.stringify(checked)).toMatch(/\b[A-HJ-NPR-Z0-9]{17}\b/);

    // A one-minute test charge on the simulator's clock, sped up so the test takes moments.
    ctx.simulator()!.clock.setSpeed(600);
    const sites = await ctx.testCharge.sites(accountId);
    const site = sites.find((s) => s.hasBattery)!;
    const runId = await ctx.testCharge.start({
      accountId,
      siteId: site.siteId,
      direction: 'charge',
      minutes: 1,
      gridInteraction: true,
    });
    await ctx.testCharge.settled(runId);
    expect(ctx.testCharge.status().current?.phase).toBe('finished');

    const json = await backend.handlers['reports:export'](
      { format: 'json', includeCustomerLabel: false, accountId },
      call,
    );
    const html = await backend.handlers['reports:export'](
      { format: 'html', includeCustomerLabel: true, accountId },
      call,
    );
    const opened = parseReportText(json.download!.data);
    expect(opened.digest).toBe('match');
    expect(opened.report.testRuns).toHaveLength(1);
    expect(opened.report.raw.length).toBeGreaterThan(2);
    expect(opened.report.customerLabel).toBeNull();
    const history = await backend.handlers['reports:history']({}, call);
    expect(history.entries).toHaveLength(2);

    const issued = written
      .filter((w) => w.startsWith('{'))
      .flatMap((w) => {
        const tok = JSON.parse(w) as { accessToken?: string; refreshToken?: string };
        return [tok.accessToken ?? '', tok.refreshToken ?? ''];
      });
    const secrets = [...new Set([...issued, ...codes, 'demo-secret'])].filter((s) => s.length > 8);
    expect(issued.filter(Boolean).length).toBeGreaterThanOrEqual(2);
    const kept = JSON.stringify((await ctx.reports.history.open(history.entries[0]!.id)).report);
    for (const text of [json.download!.data, html.download!.data, kept]) {
      for (const secret of secrets) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/\b[A-HJ-NPR-Z0-9]{17}\b/); // no full VIN
      expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i); // no email address
      expect(text).not.toMatch(/eyJ[\w-]{5,}\.[\w-]{5,}\./); // no JWT at all
    }
    expect(html.download!.data).toContain('Job 4711 Müller');
  }, 60_000);
});

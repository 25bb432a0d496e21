// users/me is read only when the account lists no energy site (energy.site_discovery shows whose account
// it is), so a typical site + car still takes 4 requests and never a fifth.
import { afterEach, describe, expect, it } from 'vitest';
import { ChecklistService } from '@main/checklist/checklist-service';
import { startSimulator, type RunningSimulator } from '@main/simulator';
import { simSession } from '@test/support/sim-session';

let sim: RunningSimulator | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

async function diagnose(scenario: string) {
  sim = await startSimulator({ scenario, autoConsent: true, speed: 1000 });
  const s = sim;
  const session = await simSession(s);
  const service = new ChecklistService({
    sessionFor: async () => session,
    profileFor: () => ({ partnerDomain: 'partner.example' }),
    meta: { appVersion: '0.0.0-test' },
    now: () => s.clock.now(),
  });
  const before = s.admin.requestLog().length;
  const report = await service.run(session.accountId);
  const log = s.admin
    .requestLog()
    .slice(before)
    .filter((e) => e.path.includes('/api/1/'));
  return { report, log, email: s.scenario.account.email };
}

describe('users/me only when a site is missing', () => {
  it('no energy site: one users/me read, and the check shows the consenting account’s e-mail', async () => {
    const { report, log, email } = await diagnose('no-products');
    expect(log.map((e) => `${e.method} ${e.path.replace(/^\/(na|eu|cn)/, '')}`)).toEqual([
      'GET /api/1/products',
      'GET /api/1/users/me',
    ]);
    const c = report.checks.find((x) => x.id === 'energy.site_discovery');
    expect(c).toMatchObject({ status: 'fail', text: { params: { email } } });
    expect(log.filter((e) => e.billing === 'wake')).toEqual([]);
  });

  it('a typical site and car: no users/me, at most 6 requests, no wake', async () => {
    const { log } = await diagnose('healthy');
    expect(log.some((e) => e.path.endsWith('/users/me'))).toBe(false);
    expect(log.length).toBeLessThanOrEqual(6);
    expect(log.filter((e) => e.billing === 'wake')).toEqual([]);
  });
});

// The headless `diagnose` command and the checklist IPC handlers, end to end against the simulator.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diagnoseCommand } from '@main/headless/commands/diagnose';
import { ChecklistService } from '@main/checklist/checklist-service';
import { checklistHandlers } from '@main/checklist/checklist-handlers';
import { UserFacingError } from '@main/ipc/handler-types';
import { startSimulator } from '@main/simulator';
import { ReportSchema } from '@shared/report/report-schema';
import { simSession } from '@test/support/sim-session';
import { tempDir } from '@test/support/temp-dir';

const removers: Array<() => void> = [];
afterAll(() => removers.forEach((r) => r()));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('npm run doctor -- diagnose', () => {
  it('with a scenario prints the report@1 JSON and exits 0 even when checks fail', async () => {
    const { dir, remove } = tempDir();
    removers.push(remove);
    const t = io();
    const code = await diagnoseCommand.run(
      ['--scenario', 'exports-solar', '--format', 'json', '--data-dir', dir],
      t.io,
    );
    expect(code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(t.out.join('\n')));
    expect(report.schema).toBe('tesla-connect-doctor/report@1');
    expect(report.checks.find((c) => c.id === 'energy.energy_exports')?.status).toBe('fail');
    expect(report.apiUsage.byClass.wake).toBe(0);
    const text = t.out.join('\n');
    expect(text).not.toMatch(/eyJ[\w-]+\.[\w-]+/);
    // Redacted like an exported report: no full VIN, no email, no vehicle tokens; the digest is there.
    expect(text).not.toMatch(/\b[A-HJ-NPR-Z0-9]{17}\b/);
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i);
    expect(report.integrity?.algorithm).toBe('sha256');
  });

  it('five diagnoses at once on one data folder keep all five history entries, each with its account id', async () => {
    const { dir, remove } = tempDir();
    removers.push(remove);
    const runs = Array.from({ length: 5 }, () => io());
    const codes = await Promise.all(
      runs.map((t) => diagnoseCommand.run(['--scenario', 'healthy', '--format', 'json', '--data-dir', dir], t.io)),
    );
    expect(codes).toEqual([0, 0, 0, 0, 0]);
    const index = JSON.parse(readFileSync(path.join(dir, 'reports', 'history.json'), 'utf8')) as {
      entries: { accountId: string | null }[];
    };
    expect(index.entries).toHaveLength(5);
    // End visit and forget --all find a customer's copies by this id.
    for (const e of index.entries) expect(e.accountId).toEqual(expect.any(String));
  });

  it('--format text lists the problems first, grouped by who fixes them, then the passing items on one line', async () => {
    const { dir, remove } = tempDir();
    removers.push(remove);
    const t = io();
    expect(await diagnoseCommand.run(['--scenario', 'unpaired-car', '--format', 'text', '--data-dir', dir], t.io)).toBe(
      0,
    );
    const lines = t.out.join('\n').split('\n');
    const toFix = lines.findIndex((l) => /^\d+ things? to fix$/.test(l));
    const customer = lines.indexOf('== The customer in the Tesla app');
    const passed = lines.findIndex((l) => /^\d+ checks passed/.test(l));
    expect(toFix).toBeGreaterThan(0);
    expect(customer).toBeGreaterThan(toFix);
    expect(passed).toBeGreaterThan(customer);
    // The unpaired key is a problem the customer fixes (pair on their phone), listed before any pass.
    expect(lines.slice(customer, passed).join('\n')).toMatch(/\[FAIL\s*\] Virtual key not paired/);
    // Every passing item sits on that one folded line; none is listed above it with its own status.
    expect(lines.slice(0, passed).some((l) => l.includes('[PASS'))).toBe(false);
    expect(lines[passed]).toMatch(/Connected to Tesla/);
  });

  it('refuses a bad format with exit 2, and says what to do without an account', async () => {
    const { dir, remove } = tempDir();
    removers.push(remove);
    const bad = io();
    expect(await diagnoseCommand.run(['--format', 'xml'], bad.io)).toBe(2);
    const none = io();
    expect(await diagnoseCommand.run(['--data-dir', dir], none.io)).toBe(2);
    expect(none.err.join('\n')).toMatch(/no customer is connected.*--scenario/);
  });
});

describe('diagnose --api-base', () => {
  it('sends a stored customer’s token to no host but a simulator on this computer, like connect and test-charge', async () => {
    const { dir, remove } = tempDir();
    removers.push(remove);
    const account = {
      id: 'sub-1',
      profileId: 'demo',
      label: 'Miller',
      email: null,
      region: 'NA',
      connectedAt: '2026-11-28T09:00:00.000Z',
      grantedScopes: ['openid', 'energy_device_data'],
      state: 'connected',
      reconnectReason: null,
    };
    writeFileSync(path.join(dir, 'accounts.json'), JSON.stringify({ version: 1, accounts: [account] }));
    // A stranger listening on another loopback address stands in for a foreign host: it must hear nothing.
    const heard: string[] = [];
    const stranger = http.createServer((req, res) => {
      heard.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
      res.writeHead(500).end();
    });
    await new Promise<void>((r) => stranger.listen(0, '127.0.0.2', () => r()));
    try {
      const port = (stranger.address() as AddressInfo).port;
      for (const apiBase of [
        `http://127.0.0.2:${port}`,
        'http://evil.example:8080',
        'https://evil.example',
        'https://fleet-api.prd.na.vn.cloud.tesla.com',
      ]) {
        const t = io();
        expect(await diagnoseCommand.run(['--api-base', apiBase, '--data-dir', dir], t.io), apiBase).toBe(2);
        expect(t.err.join('\n')).toMatch(/--api-base must be a simulator on this computer/);
      }
      expect(heard).toEqual([]);
    } finally {
      stranger.close();
    }
  });
});

describe('checklist handlers', () => {
  it('run, recheck and last go through the service; a recheck before a run is a user-facing error', async () => {
    const sim = await startSimulator({ scenario: 'healthy', autoConsent: true, speed: 1000 });
    try {
      const session = await simSession(sim);
      const checklist = new ChecklistService({
        sessionFor: async () => session,
        profileFor: () => ({ partnerDomain: 'partner.example' }),
        meta: { appVersion: '0' },
        now: () => sim.clock.now(),
      });
      const h = checklistHandlers(checklist);
      const call = { transport: 'browser' as const };
      expect(await h['checklist:last']({ accountId: session.accountId }, call)).toBeNull();
      await expect(
        h['checklist:recheck']({ accountId: session.accountId, checkId: 'energy.reachable', subjectId: 'x' }, call),
      ).rejects.toBeInstanceOf(UserFacingError);
      const report = await h['checklist:run']({ accountId: session.accountId }, call);
      // The page never gets Tesla's raw bodies; the main side keeps them for the export.
      expect(report.raw).toEqual([]);
      expect(checklist.last(session.accountId)?.raw.length).toBe(4);
      const site = report.checks.find((c) => c.id === 'energy.reachable')!;
      const again = await h['checklist:recheck'](
        { accountId: session.accountId, checkId: 'energy.reachable', subjectId: site.subject.id },
        call,
      );
      expect(again.check.status).toBe('pass');
      // One round trip: the whole re-judged checklist comes with the item, without Tesla's raw bodies.
      expect(again.report.apiUsage.requests).toBe(6);
      expect(again.report.raw).toEqual([]);
      expect(again.report.checks).toContainEqual(again.check);
      expect(again.report.verdicts).toEqual(checklist.last(session.accountId)?.verdicts);
      const last = await h['checklist:last']({ accountId: session.accountId }, call);
      expect(last?.apiUsage.requests).toBe(6);
      expect(last?.raw).toEqual([]);
    } finally {
      await sim.close();
    }
  });
});

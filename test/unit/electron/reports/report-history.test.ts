import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildForExport } from '@main/reports/build-for-export';
import { ReportHistory } from '@main/reports/report-history';
import { reportFileName } from '@main/reports/report-file-name';
import { sampleReport } from '@test/support/sample-report';

let dir: string;
let clock: number;
const history = () => new ReportHistory(dir, () => new Date(clock));
const doc = (label: string | null) =>
  buildForExport(sampleReport({ customerLabel: label }), { includeCustomerLabel: true, salt: 'h' });

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tcd-history-'));
  clock = Date.parse('2026-11-28T10:00:00Z');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ReportHistory', () => {
  it('lists exports newest first and finds them by customer label, ignoring case and accents', async () => {
    const h = history();
    await h.add(doc('Job 1 – Müller'), 'a.json');
    clock += 60_000;
    await h.add(doc('Job 2 – Schmidt'), 'b.json');
    clock += 60_000;
    await h.add(doc(null), 'c.json');
    const all = await h.list();
    expect(all.entries.map((e) => e.fileName)).toEqual(['c.json', 'b.json', 'a.json']);
    expect(all.rebuilt).toBe(false);
    expect((await h.list('muller')).entries.map((e) => e.fileName)).toEqual(['a.json']);
    expect((await h.list('JOB')).entries).toHaveLength(2);
    expect(all.entries[2]!.counts).toEqual({ pass: 1, warn: 1, fail: 3, unknown: 1 });
  });

  it('keeps every entry when five writers (five processes, five instances) add at once', async () => {
    const labels = ['A', 'B', 'C', 'D', 'E'];
    await Promise.all(labels.map((l) => history().add(doc(`Job ${l}`), `${l}.json`, null, { accountId: l })));
    const { entries } = await history().list();
    expect(entries.map((e) => e.accountId).sort()).toEqual(labels);
  });

  it('keeps the exported document so it can be opened again, digest intact', async () => {
    const h = history();
    const entry = await h.add(doc('Job 1'), 'a.json');
    const opened = await h.open(entry.id);
    expect(opened.digest).toBe('match');
    expect(opened.report.customerLabel).toBe('Job 1');
    await expect(h.open('../../etc/passwd')).rejects.toThrow();
  });

  it('rebuilds a corrupt or foreign index from the kept documents instead of failing', async () => {
    const h = history();
    await h.add(doc('Job 1'), 'a.json');
    clock += 1000;
    await h.add(doc('Job 2'), 'b.json');
    const index = path.join(dir, 'reports', 'history.json');
    for (const broken of ['{"version":1,"entries":[{"id":', 'not json at all', '{"version":9,"entries":[]}', '[]']) {
      writeFileSync(index, broken);
      const listed = await history().list();
      expect(listed.rebuilt).toBe(true);
      expect(listed.entries.map((e) => e.customerLabel)).toEqual(['Job 2', 'Job 1']);
      // The repaired index is written back and valid.
      expect(JSON.parse(readFileSync(index, 'utf8')).entries).toHaveLength(2);
    }
  });

  it('skips a damaged kept document during a rebuild and still lists the others', async () => {
    const h = history();
    const a = await h.add(doc('Job 1'), 'a.json');
    clock += 1000;
    await h.add(doc('Job 2'), 'b.json');
    writeFileSync(path.join(dir, 'reports', `${a.id}.json`), '{"schema":');
    writeFileSync(path.join(dir, 'reports', 'history.json'), 'garbage');
    expect((await history().list()).entries.map((e) => e.customerLabel)).toEqual(['Job 2']);
  });

  it('an empty data folder is an empty history, not a repair', async () => {
    expect(await history().list()).toEqual({ entries: [], rebuilt: false });
  });

  it('two exports at once both land in the index', async () => {
    const h = history();
    await Promise.all([h.add(doc('A'), 'a.json'), h.add(doc('B'), 'b.json'), h.add(doc('C'), 'c.json')]);
    expect((await history().list()).entries).toHaveLength(3);
  });
});

describe('reportFileName', () => {
  it('has the date and a safe label part', () => {
    const d = new Date('2026-11-28T23:00:00Z');
    expect(reportFileName(d, 'Job 4711 – Müller/../x', 'json')).toBe(
      'tesla-connect-doctor_2026-11-28_Job-4711-Muller-x.json',
    );
    expect(reportFileName(d, null, 'pdf')).toBe('tesla-connect-doctor_2026-11-28.pdf');
  });

  it('lists one entry per report with the formats it was saved in', async () => {
    const h = history();
    const report = doc('Job 1');
    await h.add(report, 'a.json', null, { format: 'json', accountId: 'acct-1' });
    clock += 60_000;
    await h.add(report, 'a.pdf', null, { format: 'pdf', accountId: 'acct-1' });
    await h.add(report, 'a.pdf', null, { format: 'pdf', accountId: 'acct-1' });
    const { entries } = await h.list();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.formats).toEqual(['json', 'pdf']);
    // Another report (another label: another digest) is its own entry.
    await h.add(doc('Job 2'), 'b.html', null, { format: 'html', accountId: 'acct-1' });
    expect((await h.list()).entries).toHaveLength(2);
  });

  it('removes a site visit’s reports (entries and kept files), by customer, and older ones exported since it began', async () => {
    const h = history();
    const mine = await h.add(doc('Job 1'), 'a.json', null, { format: 'json', accountId: 'acct-1' });
    const other = await h.add(doc('Job 2'), 'b.json', null, { format: 'json', accountId: 'acct-2' });
    // An entry written before entries named their customer.
    const old = await h.add(doc('Job 3'), 'c.json');
    const removed = await h.removeVisit({ accountIds: new Set(['acct-1']), since: '2026-11-28T09:00:00Z' });
    expect(removed).toBe(2);
    expect((await h.list()).entries.map((e) => e.id)).toEqual([other.id]);
    for (const e of [mine, old]) await expect(h.open(e.id)).rejects.toThrow();
    expect(await h.removeVisit({ accountIds: new Set(['acct-1']), since: null })).toBe(0);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '@main/app/backend';
import { buildForExport, serializeReport } from '@main/reports/build-for-export';
import type { Check } from '@shared/report/check-types';
import { SECRETS, sampleReport } from '@test/support/sample-report';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tcd-reports-svc-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const call = { transport: 'browser' as const };

describe('reports handlers', () => {
  it('export says what to do when no checklist has run, and the preview says nothing is available', async () => {
    const b = createBackend({ mode: 'demo', dataDir: dir });
    await expect(b.handlers['reports:export']({ format: 'json', includeCustomerLabel: false }, call)).rejects.toThrow(
      /Run the checklist first/,
    );
    expect((await b.handlers['reports:preview']({ includeCustomerLabel: false }, call)).available).toBe(false);
  });

  it('exports the current diagnosis redacted as a download in browser mode and lists it in the history', async () => {
    const b = createBackend({ mode: 'demo', dataDir: dir });
    b.context.reports.setSource(async () => sampleReport());
    const preview = await b.handlers['reports:preview']({ includeCustomerLabel: true }, call);
    expect(preview.fileNames.json).toMatch(/^tesla-connect-doctor_\d{4}-\d\d-\d\d_Job-4711-Muller\.json$/);
    const result = await b.handlers['reports:export']({ format: 'json', includeCustomerLabel: false }, call);
    expect(result.status).toBe('download');
    expect(result.fileName).not.toContain('Muller');
    const text = result.download!.data;
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    const history = await b.handlers['reports:history']({}, call);
    expect(history.entries.map((e) => e.id)).toEqual([result.historyId]);
    // Left out of the file, the label still finds the export in this machine's history.
    expect((await b.handlers['reports:history']({ query: 'muller' }, call)).entries.map((e) => e.id)).toEqual([
      result.historyId,
    ]);
    const html = await b.handlers['reports:export']({ format: 'html', includeCustomerLabel: true }, call);
    expect(html.download!.data).toContain('Job 4711 – Müller');
    expect((await b.handlers['reports:history']({ query: 'müller' }, call)).entries).toHaveLength(2);
  });

  it('saves through the shell in the desktop app, and a cancelled dialog adds nothing', async () => {
    const saved: string[] = [];
    let answer: string | null = null;
    const b = createBackend({
      mode: 'demo',
      dataDir: dir,
      reportShell: {
        saveFile: async ({ defaultName, data }) => {
          saved.push(`${defaultName}:${data.length}`);
          return answer;
        },
      },
    });
    b.context.reports.setSource(async () => sampleReport());
    const desktop = { transport: 'electron' as const };
    expect((await b.handlers['reports:export']({ format: 'json', includeCustomerLabel: false }, desktop)).status).toBe(
      'cancelled',
    );
    answer = '/home/x/report.json';
    const ok = await b.handlers['reports:export']({ format: 'json', includeCustomerLabel: false }, desktop);
    expect(ok).toMatchObject({ status: 'saved', fileName: 'report.json' });
    expect(ok.download).toBeUndefined();
    expect(saved).toHaveLength(2);
    expect((await b.handlers['reports:history']({}, call)).entries).toHaveLength(1);
  });

  it('opens a report file read-only, flags an edited one, and re-runs today’s rules with a diff', async () => {
    const b = createBackend({ mode: 'demo', dataDir: dir });
    const text = serializeReport(buildForExport(sampleReport(), { includeCustomerLabel: true }));
    const opened = await b.handlers['reports:open']({ fileName: 'r.json', text }, call);
    expect(opened.digest).toBe('match');
    expect(
      (await b.handlers['reports:open']({ fileName: 'r.json', text: text.replace('"pv_only"', '"never"') }, call))
        .digest,
    ).toBe('mismatch');
    await expect(b.handlers['reports:open']({ fileName: 'x.json', text: '{"oops"' }, call)).rejects.toThrow(/cut off/);

    // Rules that cannot read the raw responses make the re-run say so rather than guess.
    b.context.reports.setRules(() => null);
    expect((await b.handlers['reports:rerun']({ openedId: opened.openedId }, call)).available).toBe(false);
    b.context.reports.setRules((report) => ({
      checks: report.checks
        .filter((c) => c.id !== 'energy.permission_to_export')
        .map((c): Check => (c.id === 'energy.energy_exports' ? { ...c, status: 'fail' } : c)),
    }));
    const rerun = await b.handlers['reports:rerun']({ openedId: opened.openedId }, call);
    expect(rerun.available).toBe(true);
    expect(rerun.changes).toEqual([
      expect.objectContaining({ checkId: 'energy.energy_exports', kind: 'changed', before: 'warn', after: 'fail' }),
      expect.objectContaining({
        checkId: 'energy.permission_to_export',
        kind: 'removed',
        before: 'unknown',
        after: null,
      }),
    ]);
    expect(rerun.unchanged).toBe(4);
    await expect(b.handlers['reports:rerun']({ openedId: 'gone' }, call)).rejects.toThrow(/no longer open/);
  });

  it('renders an opened report as HTML with the tamper warning kept', async () => {
    const b = createBackend({ mode: 'demo', dataDir: dir });
    const text = serializeReport(buildForExport(sampleReport(), { includeCustomerLabel: true })).replace(
      '"pv_only"',
      '"never"',
    );
    const opened = await b.handlers['reports:open']({ fileName: 'r.json', text }, call);
    const html = await b.handlers['reports:exportOpened']({ openedId: opened.openedId, format: 'html' }, call);
    expect(html.download!.data).toContain('changed after it was exported');
  });
});

// `doctor diagnose --out <file.json>` writes the exported report document: redacted, digested, verifiable;
// and through the backend, the checklist's last result is what the Reports screen exports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diagnoseCommand } from '@main/headless/commands/diagnose';
import { reportCommand } from '@main/headless/commands/report';
import { parseReportText } from '@main/reports/read-report-file';
import { tempDir } from '@test/support/temp-dir';

let remove: (() => void) | null = null;
afterEach(() => remove?.());

const quiet = () => {
  const lines: string[] = [];
  return { io: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) }, lines };
};

describe('doctor diagnose --out', () => {
  it('writes a redacted report@1 with a matching digest that report verify accepts', async () => {
    const t = tempDir('tcd-diagnose-out-');
    remove = t.remove;
    const out = path.join(t.dir, 'report.json');
    const run = quiet();
    expect(await diagnoseCommand.run(['--scenario', 'healthy', '--data-dir', t.dir, '--out', out], run.io)).toBe(0);
    const text = readFileSync(out, 'utf8');
    const opened = parseReportText(text);
    expect(opened.digest).toBe('match');
    expect(opened.report.checks.length).toBeGreaterThan(5);
    expect(opened.report.customerLabel).toBeNull();
    expect(text).not.toMatch(/\b[A-HJ-NPR-Z0-9]{17}\b/);
    expect(text).not.toMatch(/eyJ[\w-]{5,}\.[\w-]{5,}\./);
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i);
    expect(await reportCommand.run(['verify', out], quiet().io)).toBe(0);
    // The copy kept in the report history is the same document (same ids, same digest), listed once as JSON.
    const history = JSON.parse(readFileSync(path.join(t.dir, 'reports', 'history.json'), 'utf8')) as {
      entries: Array<{ id: string; digest: string; formats: string[] }>;
    };
    expect(history.entries).toHaveLength(1);
    expect(history.entries[0]!.digest).toBe(opened.report.integrity!.digest);
    expect(history.entries[0]!.formats).toEqual(['json']);
  }, 60_000);
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportCommand } from '@main/headless/commands/report';
import { buildForExport, serializeReport } from '@main/reports/build-for-export';
import { chromiumPath } from '@main/reports/chromium-pdf';
import { sampleReport } from '@test/support/sample-report';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tcd-report-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const good = path.join(dir, 'good.json');
writeFileSync(good, serializeReport(buildForExport(sampleReport(), { includeCustomerLabel: true })));

describe('doctor report verify', () => {
  it('exits 0 when the digest matches', async () => {
    const t = io();
    expect(await reportCommand.run(['verify', good], t.io)).toBe(0);
    expect(t.out.join()).toMatch(/OK: the digest matches/);
  });

  it('exits non-zero when one byte of the file changed', async () => {
    const text = readFileSync(good, 'utf8');
    const i = text.indexOf('"requests": 7');
    const edited = path.join(dir, 'edited.json');
    writeFileSync(edited, `${text.slice(0, i)}"requests": 8${text.slice(i + 13)}`);
    const t = io();
    expect(await reportCommand.run(['verify', edited], t.io)).toBe(1);
    expect(t.err.join()).toMatch(/MISMATCH/);
  });

  it('exits 2 with a clear message for a file that is not a report', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"hello":');
    const t = io();
    expect(await reportCommand.run(['verify', bad], t.io)).toBe(2);
    expect(t.err.join()).toMatch(/cut off/);
    expect(await reportCommand.run(['verify'], io().io)).toBe(2);
  });
});

describe('doctor report --in --html --pdf', () => {
  it('writes the HTML, and refuses without an output', async () => {
    const html = path.join(dir, 'out.html');
    expect(await reportCommand.run(['--in', good, '--html', html], io().io)).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('Tesla Connect Doctor report');
    expect(await reportCommand.run(['--in', good], io().io)).toBe(2);
    expect(await reportCommand.run(['--in', good, '--html', html, '--bogus'], io().io)).toBe(2);
  });

  it('writes the HTML in German with --lang de, and refuses a language it does not have', async () => {
    const html = path.join(dir, 'de.html');
    expect(await reportCommand.run(['--in', good, '--html', html, '--lang', 'de'], io().io)).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(text).toContain('<html lang="de">');
    expect(text).toContain('Bericht von Tesla Connect Doctor');
    const t = io();
    expect(await reportCommand.run(['--in', good, '--html', html, '--lang', 'fr'], t.io)).toBe(2);
    expect(t.err.join()).toMatch(/--lang must be en or de/);
  });

  it('writes the one-page handover by default, and the full evidence after it with --appendix', async () => {
    const plain = path.join(dir, 'plain.html');
    const full = path.join(dir, 'full.html');
    expect(await reportCommand.run(['--in', good, '--html', plain], io().io)).toBe(0);
    expect(await reportCommand.run(['--in', good, '--html', full, '--appendix'], io().io)).toBe(0);
    expect(readFileSync(plain, 'utf8')).toContain('Site visit handover');
    expect(readFileSync(plain, 'utf8')).not.toContain('class="raw"');
    expect(readFileSync(full, 'utf8')).toContain('class="raw"');
  });

  it.skipIf(!chromiumPath())(
    'writes a Letter PDF with the checklist text, the handover on one page',
    async () => {
      const pdf = path.join(dir, 'out.pdf');
      expect(await reportCommand.run(['--in', good, '--pdf', pdf, '--paper', 'Letter'], io().io)).toBe(0);
      expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('Grid Charging is off');
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/\(letter\)/i);
      expect(info).toMatch(/Pages:\s+1\n/);
    },
    60_000,
  );
});

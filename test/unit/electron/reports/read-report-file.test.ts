import { mkdtempSync, rmSync, writeFileSync, mkdirSync, truncateSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildForExport, serializeReport } from '@main/reports/build-for-export';
import { MAX_REPORT_BYTES, parseReportText, readReportFile, ReportFileError } from '@main/reports/read-report-file';
import { sampleReport } from '@test/support/sample-report';

const good = serializeReport(buildForExport(sampleReport(), { includeCustomerLabel: true, salt: 'x' }));
const obj = () => JSON.parse(good) as Record<string, unknown>;
const edit = (f: (o: Record<string, unknown>) => void) => {
  const o = obj();
  f(o);
  return JSON.stringify(o);
};
const checks = (o: Record<string, unknown>) => o.checks as Record<string, unknown>[];

// 30 damaged or foreign files, each with the problem a person should be told about.
const cases: [string, string, RegExp][] = [
  ['empty file', '', /empty/],
  ['only whitespace', ' \n\t ', /empty/],
  ['plain text', 'hello support', /not JSON/],
  ['HTML page', '<!doctype html><html></html>', /not JSON/],
  ['truncated at half', good.slice(0, Math.floor(good.length / 2)), /cut off/],
  ['truncated at 10 bytes', good.slice(0, 10), /cut off/],
  ['truncated before the last brace', good.trimEnd().slice(0, -1), /cut off/],
  ['JSON array', '[1,2,3]', /not a Tesla Connect Doctor report/],
  ['JSON string', '"report"', /not a Tesla Connect Doctor report/],
  ['JSON null', 'null', /not a Tesla Connect Doctor report/],
  ['JSON number', '42', /not a Tesla Connect Doctor report/],
  ['another program’s JSON', '{"name":"package","version":"1.0.0"}', /no report format id/],
  ['schema id removed', edit((o) => delete o.schema), /no report format id/],
  ['foreign schema id', edit((o) => (o.schema = 'acme/diag@1')), /no report format id/],
  ['newer report version', edit((o) => (o.schema = 'tesla-connect-doctor/report@2')), /cannot read. Update the app/],
  ['checks is not a list', edit((o) => (o.checks = 'many')), /damaged.*checks/],
  ['unknown check id', edit((o) => (checks(o)[0]!.id = 'made.up')), /damaged.*checks\.0\.id/],
  ['bad check status', edit((o) => (checks(o)[1]!.status = 'great')), /damaged.*checks\.1\.status/],
  ['check without subject', edit((o) => delete checks(o)[0]!.subject), /damaged.*subject/],
  ['evidence not a list', edit((o) => (checks(o)[0]!.evidence = {})), /damaged.*evidence/],
  ['apiUsage missing', edit((o) => delete o.apiUsage), /damaged.*apiUsage/],
  [
    'negative request count',
    edit((o) => ((o.apiUsage as { requests: number }).requests = -1)),
    /damaged.*apiUsage\.requests/,
  ],
  ['account missing', edit((o) => delete o.account), /damaged.*account/],
  [
    'scopes not strings',
    edit((o) => ((o.account as { grantedScopes: unknown }).grantedScopes = [1, 2])),
    /damaged.*grantedScopes/,
  ],
  [
    'test run bad direction',
    edit((o) => ((o.testRuns as Record<string, unknown>[])[0]!.direction = 'sideways')),
    /damaged.*testRuns\.0\.direction/,
  ],
  ['samples not a list', edit((o) => ((o.testRuns as Record<string, unknown>[])[0]!.samples = 5)), /damaged.*samples/],
  [
    'raw status not a number',
    edit((o) => ((o.raw as Record<string, unknown>[])[0]!.status = 'OK')),
    /damaged.*raw\.0\.status/,
  ],
  ['wrong digest algorithm', edit((o) => (o.integrity = { algorithm: 'md5', digest: 'abc' })), /damaged.*integrity/],
  ['generatedAt a number', edit((o) => (o.generatedAt = 17)), /damaged.*generatedAt/],
  ['binary garbage', '\u0000\u0001\u0002PK\u0003\u0004', /not JSON/],
];

describe('opening damaged or foreign report files', () => {
  it('has 30 cases', () => expect(cases).toHaveLength(30));
  it.each(cases)('%s gets a clear error', (_name, text, message) => {
    let caught: unknown;
    try {
      parseReportText(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReportFileError);
    expect((caught as Error).message).toMatch(message);
    // Every message says what to do next.
    expect((caught as Error).message).toMatch(/Ask|Open|Update|Check|Pick/);
  });

  it('a good file opens and its digest matches', () => {
    const opened = parseReportText(good);
    expect(opened.digest).toBe('match');
    expect(opened.report.checks.length).toBe(6);
  });

  it('a file without a digest opens with digest "missing"', () => {
    expect(parseReportText(edit((o) => delete o.integrity)).digest).toBe('missing');
  });
});

describe('readReportFile', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tcd-report-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a huge file before reading it', async () => {
    const file = path.join(dir, 'huge.json');
    writeFileSync(file, '{');
    truncateSync(file, MAX_REPORT_BYTES + 1);
    await expect(readReportFile(file)).rejects.toThrow(/too large/);
  });
  it('says so when the file is missing or a folder', async () => {
    await expect(readReportFile(path.join(dir, 'nope.json'))).rejects.toThrow(/could not be read/);
    mkdirSync(path.join(dir, 'folder.json'));
    await expect(readReportFile(path.join(dir, 'folder.json'))).rejects.toThrow(/folder/);
  });
  it('reads a good file', async () => {
    const file = path.join(dir, 'good.json');
    writeFileSync(file, good);
    expect((await readReportFile(file)).digest).toBe('match');
  });
});

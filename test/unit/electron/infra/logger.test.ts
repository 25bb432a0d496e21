import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger, defaultLogDir } from '@main/infra/logger';
import { tempDir } from '@test/support/temp-dir';

const jwt =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTEiLCJzY3AiOlsib3BlbmlkIl19.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
const refresh = 'NA_4e1d9c2b7a6f3e8d5c0b9a4f7e2d1c6b3a8f5e0d9c4b7a2f1e6d3c8b5a0f9e4d';

describe('createLogger', () => {
  let dir: string;
  let remove: () => void;
  beforeEach(() => ({ dir, remove } = tempDir('tcd-log-')));
  afterEach(() => remove());

  const lines = (file: string) =>
    readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  it('writes a line with a token-shaped string redacted (JWT and refresh token, in text and in fields)', () => {
    const log = createLogger({ dir: defaultLogDir(dir), now: () => new Date('2026-01-02T03:04:05Z') });
    log.info(`token refreshed: ${refresh}`, {
      access_token: jwt,
      header: `Bearer ${jwt}`,
      note: `got ${refresh}`,
      vin: 'LRW3F7EK4NC700000',
    });
    log.error('refresh failed', { error: new Error(`invalid_grant for ${refresh}`) });
    const file = path.join(dir, 'logs', 'main.log');
    const raw = readFileSync(file, 'utf8');
    expect(raw).not.toContain(jwt.slice(0, 40));
    expect(raw).not.toContain(refresh.slice(3, 30));
    expect(raw).not.toContain('LRW3F7EK4NC700000');
    const [first, second] = lines(file);
    expect(first).toMatchObject({
      time: '2026-01-02T03:04:05.000Z',
      level: 'info',
      event: 'token refreshed: [redacted:code]',
    });
    expect(first!.data).toMatchObject({ access_token: '[redacted]', header: 'Bearer [redacted:jwt]', vin: '…700000' });
    expect(second).toMatchObject({
      level: 'error',
      data: { error: { name: 'Error', message: 'invalid_grant for [redacted:code]' } },
    });
  });

  it('keeps error codes (support tells a reset from a parse error) and still hides OAuth codes', () => {
    const log = createLogger({ dir: defaultLogDir(dir) });
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    const overflow = Object.assign(new Error('Parse Error: Header overflow'), { code: 'HPE_HEADER_OVERFLOW' });
    log.warn('fleet call failed', { error: reset, code: 'ECONNRESET' });
    log.warn('fleet call failed', { error: overflow, text: '{"code":"HPE_HEADER_OVERFLOW"} code=UND_ERR_SOCKET' });
    log.info('callback', { code: 'dGhpc2lzYW5vYXV0aGNvZGU5', url: '/callback?code=Ab12Cd34Ef56&state=x' });
    const raw = readFileSync(path.join(dir, 'logs', 'main.log'), 'utf8');
    expect(raw.match(/ECONNRESET/g)?.length).toBeGreaterThanOrEqual(2);
    expect(raw).toContain('"code":"HPE_HEADER_OVERFLOW"');
    expect(raw).toContain('{\\"code\\":\\"HPE_HEADER_OVERFLOW\\"}');
    expect(raw).toContain('code=UND_ERR_SOCKET');
    expect(raw).not.toContain('dGhpc2lzYW5vYXV0aGNvZGU5');
    expect(raw).not.toContain('Ab12Cd34Ef56');
  });

  it('rotates by size and keeps only the configured number of old files', () => {
    const log = createLogger({ dir, maxBytes: 300, maxFiles: 2 });
    for (let i = 0; i < 30; i += 1) log.info('tick', { i, pad: 'x'.repeat(60) });
    const files = log.files();
    expect(files.map((f) => path.basename(f))).toEqual(['main.log', 'main.1.log', 'main.2.log']);
    for (const f of files) expect(readFileSync(f).length).toBeLessThanOrEqual(300);
    // The newest line is in the current file; the oldest lines were dropped.
    expect(lines(files[0]!).at(-1)!.data).toMatchObject({ i: 29 });
    const all = files.flatMap((f) => lines(f).map((l) => (l.data as { i: number }).i));
    expect(all).not.toContain(0);
  });

  it('does not throw when the folder cannot be written', () => {
    // A file where the folder should be: mkdir fails with ENOTDIR.
    writeFileSync(path.join(dir, 'blocker'), '');
    const log = createLogger({ dir: path.join(dir, 'blocker', 'logs') });
    expect(() => log.warn('x')).not.toThrow();
    expect(log.files()).toEqual([]);
  });
});

describe('forgetting customers in the logs (end of a site visit)', () => {
  let dir: string;
  let remove: () => void;
  beforeEach(() => ({ dir, remove } = tempDir('tcd-log-forget-')));
  afterEach(() => remove());

  it('blanks their ids, labels and this run’s hashed ids in every log file, and leaves other lines alone', () => {
    const log = createLogger({ dir: defaultLogDir(dir), maxBytes: 400, maxFiles: 3 });
    log.info('checked', { accountId: 'acct-0001', energy_site_id: '2252180007919', note: 'for “Job 4711 Müller”' });
    for (let i = 0; i < 6; i += 1) log.info('filler', { n: i, text: 'x'.repeat(60) });
    log.info('checked again', { energy_site_id: '2252180007919' });
    log.info('other customer', { accountId: 'acct-0002' });
    const before = log
      .files()
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(log.files().length).toBeGreaterThan(1);
    const hashed = /site#[0-9a-f]{6}/.exec(before)![0];

    const changed = log.forgetReferences(['acct-0001', 'Job 4711 Müller', '2252180007919']);

    const after = log
      .files()
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(changed).toBe(2);
    for (const ref of ['acct-0001', 'Müller', hashed]) expect(after).not.toContain(ref);
    expect(after).toContain('acct-0002');
    expect(after.match(/\[customer removed\]/g)!.length).toBeGreaterThanOrEqual(3);
    // Still one JSON object per line.
    for (const line of after.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('does not blank a value too short to be a customer’s (a label "A")', () => {
    const log = createLogger({ dir: defaultLogDir(dir) });
    log.info('A line', { n: 1 });
    expect(log.forgetReferences(['A', ' '])).toBe(0);
  });
});

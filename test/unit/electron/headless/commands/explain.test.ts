import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { explainCommand } from '@main/headless/commands/explain';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tcd-explain-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const SEED = 'vehicle rejected request: your public key has not been paired with the vehicle';

describe('doctor explain', () => {
  it('explains a pasted text: cause, who fixes it, the fix and the check', async () => {
    const t = io();
    expect(await explainCommand.run([SEED], t.io)).toBe(0);
    const text = t.out.join('\n');
    expect(text).toMatch(/Cause: Virtual key not on the car \[vehicle\.key_not_paired\]/);
    expect(text).toMatch(/Who fixes it: the customer/);
    expect(text).toMatch(/Check to run: vehicle\.virtual_key/);
    expect(text).toMatch(/Confidence: high/);
  });

  it('--format json gives matched, cause, actor, checkId, fix and confidence', async () => {
    const t = io();
    expect(await explainCommand.run(['--format', 'json', '{"error":"account disabled: EXCEEDED_LIMIT"}'], t.io)).toBe(
      0,
    );
    const json = JSON.parse(t.out.join('\n')) as Record<string, unknown>;
    expect(json).toMatchObject({
      matched: true,
      cause: 'app.exceeded_limit',
      actor: 'platform',
      checkId: 'account.app_status',
      confidence: 'high',
    });
    expect(json.fix).toMatchObject({ summary: expect.any(String), steps: expect.any(Array) });
  });

  it('--file reads a log excerpt with the text wrapped across lines', async () => {
    const file = path.join(dir, 'log.txt');
    writeFileSync(
      file,
      '[tesla ] TRACE 2025/03/02 23:07:39 {"error":"Account *** must be registered in the\n    current region https://fleet-api.prd.na.vn.cloud.tesla.com, please see https://developer.tesla.com/docs/fleet-api/endpoints/partner-endpoints#register"}\n',
    );
    const t = io();
    expect(await explainCommand.run(['--file', file, '--format', 'json'], t.io)).toBe(0);
    expect(JSON.parse(t.out.join('\n'))).toMatchObject({
      matched: true,
      cause: 'partner.not_registered_in_region',
      actor: 'platform',
    });
  });

  it('unknown text: matched false with the nearest known causes, exit 0', async () => {
    const t = io();
    expect(await explainCommand.run(['--format', 'json', 'the powerwall key pairing screen is blank'], t.io)).toBe(0);
    const json = JSON.parse(t.out.join('\n')) as { matched: boolean; nearest: unknown[] };
    expect(json.matched).toBe(false);
    expect(json.nearest.length).toBeGreaterThan(0);
    const text = io();
    await explainCommand.run(['the powerwall key pairing screen is blank'], text.io);
    expect(text.out.join('\n')).toMatch(/Not recognised[\s\S]*Nearest known causes \(not a diagnosis\)/);
  });

  it('--lang de words the cause, the fix and who acts in German; Tesla’s text and the ids stay as they are', async () => {
    const t = io();
    expect(await explainCommand.run(['--lang', 'de', SEED], t.io)).toBe(0);
    const text = t.out.join('\n');
    expect(text).toMatch(/^Ursache: Virtueller Schlüssel nicht im Auto \[vehicle\.key_not_paired\]/);
    expect(text).toMatch(/Wer es behebt: der Kunde/);
    expect(text).toMatch(/Auszuführende Prüfung: vehicle\.virtual_key/);
    expect(text).toMatch(/Sicherheit: hoch/);
    expect(text).not.toMatch(/What it means|The customer adds/);
    const json = io();
    await explainCommand.run(['--lang', 'de', '--format', 'json', SEED], json.io);
    expect(JSON.parse(json.out.join('\n'))).toMatchObject({
      cause: 'vehicle.key_not_paired',
      actor: 'customer',
      fix: { summary: expect.stringMatching(/Kopplungslink/) },
    });
  });

  it('a low-confidence answer says so and asks for Tesla’s exact text', async () => {
    const t = io();
    await explainCommand.run(['request failed with status code 403'], t.io);
    expect(t.out.join('\n')).toMatch(/Confidence: low[\s\S]*exact text/);
  });

  it('refuses a language it does not have (exit 2)', async () => {
    const t = io();
    expect(await explainCommand.run(['--lang', 'fr', SEED], t.io)).toBe(2);
    expect(t.err.join()).toMatch(/--lang must be en or de/);
  });

  it('refuses neither or both inputs, a missing file, and a bad format (exit 2)', async () => {
    for (const argv of [
      [],
      ['text', '--file', 'x'],
      ['--file', path.join(dir, 'absent.txt')],
      ['--format', 'xml', 'x'],
    ]) {
      const t = io();
      expect(await explainCommand.run(argv, t.io), argv.join(' ')).toBe(2);
      expect(t.err.join()).toMatch(/explain/);
    }
  });

  it('runs through npm run doctor (the launcher runs the bundle, built when stale), reading stdin with --file -', () => {
    const out = execFileSync(process.execPath, ['scripts/doctor.mjs', 'explain', '--file', '-', '--format', 'json'], {
      input: 'HTTP/1.1 429 Too Many Requests\nRetry-After: 37829\n',
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toMatchObject({
      matched: true,
      cause: 'rate.limited',
      actor: 'wait',
      retryAfterSeconds: 37829,
    });
  });
});

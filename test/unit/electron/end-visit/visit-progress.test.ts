// Unit: the visit's progress on the main side: a keychain customer's steps survive a new instance (a
// restart), a session-only customer's stay in memory, a forgotten customer's go, and the file holds no more
// than ids, times and counts.
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CustomerKept } from '@main/checklist/known-devices';
import { VisitProgressFile } from '@main/end-visit/visit-progress';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const dataDir = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'tcd-visit-'));
  dirs.push(d);
  return d;
};

describe('VisitProgressFile', () => {
  it('keeps a keychain customer’s steps across a restart, with ids, times and counts only', () => {
    const dir = dataDir();
    const status = (): CustomerKept => 'kept';
    const first = new VisitProgressFile(dir, status, () => new Date('2026-12-05T10:00:00Z'));
    first.record('acct-1', { step: 'check', toFix: 2 });
    first.record('acct-1', { step: 'report' });
    const again = new VisitProgressFile(dir, status);
    expect(again.list()).toEqual([{ accountId: 'acct-1', checked: true, toFix: 2, tested: false, reported: true }]);
    const file = readFileSync(path.join(dir, 'visit-progress.json'), 'utf8');
    expect(JSON.parse(file)).toEqual({
      version: 1,
      accounts: {
        'acct-1': { checkedAt: '2026-12-05T10:00:00.000Z', toFix: 2, reportedAt: '2026-12-05T10:00:00.000Z' },
      },
    });
  });

  it('keeps a session-only customer in memory only, and forgets a customer who is gone', () => {
    const dir = dataDir();
    const state = new Map<string, CustomerKept>([
      ['kept', 'kept'],
      ['session', 'session'],
    ]);
    const visit = new VisitProgressFile(dir, (id) => state.get(id) ?? 'gone');
    visit.record('session', { step: 'test' });
    expect(existsSync(path.join(dir, 'visit-progress.json'))).toBe(false);
    visit.record('kept', { step: 'test' });
    visit.record('stranger', { step: 'test' });
    expect(
      visit
        .list()
        .map((p) => p.accountId)
        .sort(),
    ).toEqual(['kept', 'session']);
    state.delete('kept');
    visit.prune();
    expect(visit.list().map((p) => p.accountId)).toEqual(['session']);
    expect(JSON.parse(readFileSync(path.join(dir, 'visit-progress.json'), 'utf8'))).toEqual({
      version: 1,
      accounts: {},
    });
  });
});

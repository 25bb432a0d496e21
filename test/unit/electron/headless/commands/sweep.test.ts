// `doctor sweep` finds the agent key as `diagnose --platform` does: TCD_PLATFORM_KEY wins, else the keychain
// entry the app's profile form keeps (a wrong one is refused by the platform and stops the sweep), against
// the simulator's demo platform with a few generated homes. In German (--lang de) the sweep and the board say
// "Häuser" as the Board screen does, and write numbers the German way (0,2 s, 10.000, 0,02 $, 25,5 %).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { boardCommand } from '@main/headless/commands/board';
import { printSweepText, sweepCommandWith } from '@main/headless/commands/sweep';
import { textIn } from '@shared/text/languages';
import { MemoryVault } from '@main/infra/keychain';
import { agentKeyName } from '@main/platform/agent-key';
import { startSimulator, type RunningSimulator } from '@main/simulator';
import { tempDir } from '@test/support/temp-dir';

let sim: RunningSimulator;
let tmp: ReturnType<typeof tempDir>;
beforeAll(async () => {
  sim = await startSimulator({ scenario: 'healthy', platform: true, homes: { count: 3, seed: 1 } });
  tmp = tempDir('tcd-sweep-cmd-');
}, 120_000);
afterAll(async () => {
  await sim?.close();
  tmp?.remove();
});
afterEach(() => vi.unstubAllEnvs());

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l) }, out, err };
}

async function sweepWithKeychain(stored: string | null) {
  const keychain = new MemoryVault();
  const platform = `${sim.origin}/platform`;
  if (stored) await keychain.set(agentKeyName(platform), stored);
  const c = io();
  const code = await sweepCommandWith({ keychain: () => keychain }).run(
    ['--platform', platform, '--data-dir', tmp.dir, '--format', 'json'],
    c.io,
  );
  return { code, ...c };
}

describe('doctor sweep: the agent key', { timeout: 120_000 }, () => {
  it('takes the key kept in the keychain: a wrong one is refused by the platform and the sweep stops', async () => {
    vi.stubEnv('TCD_PLATFORM_KEY', '');
    const r = await sweepWithKeychain('not-the-agent-key');
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err.join('\n')).not.toContain('not-the-agent-key');
  });

  it('TCD_PLATFORM_KEY wins over the keychain', async () => {
    vi.stubEnv('TCD_PLATFORM_KEY', 'demo-agent-key');
    const r = await sweepWithKeychain('not-the-agent-key');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out.join('\n')) as { homes: unknown[] }).homes).toHaveLength(3);
  });
});

describe('doctor sweep and board in German', { timeout: 120_000 }, () => {
  it('say "Häuser" and German numbers against the simulator, sweep and then board', async () => {
    vi.stubEnv('TCD_PLATFORM_KEY', 'demo-agent-key');
    const german = tempDir('tcd-sweep-de-');
    try {
      const sweep = io();
      const code = await sweepCommandWith({ keychain: () => new MemoryVault() }).run(
        ['--platform', `${sim.origin}/platform`, '--data-dir', german.dir, '--lang', 'de'],
        sweep.io,
      );
      expect(code).toBe(0);
      const err = sweep.err.join('\n');
      // The cost always has two decimals: a German comma and the sign after the amount.
      expect(err).toMatch(/^3 Häuser werden geprüft \(0 noch nicht fällig\): etwa \d+ Fleet-API-Anfragen \(3 je Haus /);
      expect(err).toMatch(/etwa \d+,\d\d\s\$ nach Teslas/);
      expect(err).toMatch(/3 von 3 Häusern geprüft \(Anfragen bisher: \d+\)/);
      expect(sweep.out[0]).toMatch(/^3 Häuser in \d+(,\d)? s: \d+ Anfragen, 0 Weckvorgänge, /);

      const board = io();
      expect(await boardCommand.run(['--data-dir', german.dir, '--lang', 'de'], board.io)).toBe(0);
      expect(board.out[0]).toMatch(/^3 Häuser in \d+(,\d)? s: \d+ Anfragen, 0 Weckvorgänge, /);
      expect(board.out.at(-1)).toMatch(/^Seit dem letzten Durchlauf: \d+ neu gestört/);
      for (const text of [err, sweep.out.join('\n'), board.out.join('\n')]) {
        expect(text).not.toContain('Zuhause');
        expect(text).not.toMatch(/\d\.\d\d? (s|\$|%)/); // no English decimal point
      }
    } finally {
      german.remove();
    }
  });

  it('word a large sweep with German thousands and decimals, its incident with the Board’s advice', () => {
    const outcome = {
      summary: { homes: 10_000, seconds: 102.4, requests: 31_250, wakes: 0, rateLimited: 1_200, byCause: {} },
      incidents: [
        {
          cause: 'auth.login_required',
          actor: 'wait' as const,
          advice: 'wait' as const,
          share: 0.255,
          homes: Array.from({ length: 2_550 }, (_, i) => `c-${i}`),
        },
      ],
      changes: { newlyBroken: [], recovered: [] },
    };
    const lines = (lang: 'de' | 'en') => {
      const out: string[] = [];
      printSweepText(outcome, { out: (l) => void out.push(l), err: () => undefined }, textIn(lang));
      return out;
    };
    const de = lines('de');
    expect(de[0]).toBe(
      '10.000 Häuser in 102,4 s: 31.250 Anfragen, 0 Weckvorgänge, 1.200 Antworten wegen Ratenbegrenzung.',
    );
    expect(de[1]).toBe(
      `Störung: auth.login_required bei 2.550 Häusern (25,5 %). ${textIn('de')('board.incidents.advice.wait')}`,
    );
    expect(de[1]).toContain('Empfehlung: abwarten');
    expect(lines('en')[0]).toBe('10,000 homes in 102.4 s: 31,250 requests, 0 wake-ups, 1,200 rate-limited answers.');
  });
});

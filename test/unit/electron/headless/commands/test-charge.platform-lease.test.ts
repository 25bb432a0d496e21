// `doctor test-charge --platform <url> --customer …`: the customer goes through that platform, so the test
// takes the platform's site lease by itself (same address, same agent key as the borrowed token): while the
// test writes, the platform API refuses anyone else the site; after the restore the lease is released.
// `--platform-api` stays for a customer reached another way, and is refused beside --platform.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testChargeCommand } from '@main/headless/commands/test-charge';
import { startSimulator, type RunningSimulator } from '@main/simulator';
import { tempDir } from '@test/support/temp-dir';

let sim: RunningSimulator;
let dir: string;
let remove: () => void;
beforeEach(async () => {
  sim = await startSimulator({ scenario: 'healthy', platform: true, autoConsent: true });
  ({ dir, remove } = tempDir('tcd-tc-lease-'));
});
afterEach(async () => {
  await sim.close();
  remove();
});

const SITE = '2252180007919';

/** Another installation asks the platform for the site: 201 when free, 409 lease_held while a test holds it. */
async function otherInstallationTakes(): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${sim.platform!.baseUrl}/v1/sites/${SITE}/lease`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sim.platform!.agentKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ holder: 'another laptop', ttlSeconds: 60 }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('test-charge --platform and the platform’s site lease', () => {
  it('holds the lease while the test writes (seen through the platform API) and releases it after the restore', async () => {
    const out: string[] = [];
    const err: string[] = [];
    let during: Promise<{ status: number; body: Record<string, unknown> }> | null = null;
    const code = await testChargeCommand.run(
      [
        '--platform',
        sim.platform!.baseUrl,
        '--customer',
        'c-0001',
        '--direction',
        'charge',
        '--speed',
        '300',
        '--minutes',
        '1',
        '--data-dir',
        dir,
      ],
      {
        out: (l) => {
          out.push(l);
          // The first write: every lock is taken before it.
          if (l === '[writing]' && !during) during = otherInstallationTakes();
        },
        err: (l) => void err.push(l),
      },
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(during).not.toBeNull();
    const seen = await during!;
    expect(seen.status).toBe(409);
    expect(seen.body.error).toBe('lease_held');
    expect(String(seen.body.holder)).not.toBe('another laptop');
    const text = out.join('\n');
    expect(text).toMatch(/Lock: Site lease on the energy platform/);
    expect(text).toMatch(/Settings restored/);
    // Released once the restore was verified: the next installation gets the site.
    expect((await otherInstallationTakes()).status).toBe(201);
  });

  it('a lease held elsewhere refuses the test before any write', async () => {
    expect((await otherInstallationTakes()).status).toBe(201);
    const out: string[] = [];
    const code = await testChargeCommand.run(
      [
        '--platform',
        sim.platform!.baseUrl,
        '--customer',
        'c-0001',
        '--direction',
        'charge',
        '--speed',
        '300',
        '--minutes',
        '1',
        '--data-dir',
        dir,
        '--format',
        'json',
      ],
      { out: (l) => void out.push(l), err: () => undefined },
    );
    expect(code).toBe(0);
    const result = JSON.parse(out.join('\n')) as { verdict: string; reason: string; samples: unknown[] };
    expect(result.reason).toBe('site_held_elsewhere');
    expect(result.samples).toEqual([]);
  });

  it('--platform-api beside --platform is refused (exit 2): the lease already follows from --platform', async () => {
    const err: string[] = [];
    const code = await testChargeCommand.run(
      [
        '--platform',
        sim.platform!.baseUrl,
        '--customer',
        'c-0001',
        '--platform-api',
        sim.platform!.baseUrl,
        '--direction',
        'charge',
        '--data-dir',
        dir,
      ],
      { out: () => undefined, err: (l) => void err.push(l) },
    );
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/--platform already takes that platform’s site lease/);
  });

  it('--platform-api lends its lease to a customer reached another way (a scenario’s own sign-in)', async () => {
    // The agent key comes as for --platform: here the demo key of a platform on this computer.
    const out: string[] = [];
    let during: Promise<{ status: number; body: Record<string, unknown> }> | null = null;
    const code = await testChargeCommand.run(
      [
        '--scenario',
        'healthy',
        '--platform-api',
        sim.platform!.baseUrl,
        '--direction',
        'charge',
        '--speed',
        '300',
        '--minutes',
        '1',
        '--data-dir',
        dir,
      ],
      {
        out: (l) => {
          out.push(l);
          if (l === '[writing]' && !during) during = otherInstallationTakes();
        },
        err: () => undefined,
      },
    );
    expect(code).toBe(0);
    expect((await during!).status).toBe(409);
    expect((await otherInstallationTakes()).status).toBe(201);
  });

  it('says the usage problems in German with --lang de', async () => {
    const err: string[] = [];
    expect(
      await testChargeCommand.run(['--direction', 'sideways', '--lang', 'de'], {
        out: () => undefined,
        err: (l) => void err.push(l),
      }),
    ).toBe(2);
    expect(err.join('\n')).toMatch(
      /--direction muss charge oder discharge sein\.\nAufruf: npm run doctor -- test-charge/,
    );
  });
});

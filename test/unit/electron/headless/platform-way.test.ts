// Done-when of issue 22, one test per way in, against the simulator with its demo platform: through the
// platform (diagnose, test charge) and connecting for the platform leave the platform's connection alive;
// the doctor's own app leaves it alive; replacing it is refused until confirmed, said before any browser
// opens, and then the platform's connection is gone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectCommand } from '@main/headless/commands/connect';
import { diagnoseCommand } from '@main/headless/commands/diagnose';
import { testChargeCommand } from '@main/headless/commands/test-charge';
import { startSimulator, type RunningSimulator } from '@main/simulator';
import { tempDir } from '@test/support/temp-dir';

let sim: RunningSimulator;
let dir: string;
let remove: () => void;
beforeEach(async () => {
  sim = await startSimulator({ scenario: 'healthy', platform: true, autoConsent: true });
  ({ dir, remove } = tempDir('tcd-ways-'));
});
afterEach(async () => {
  await sim.close();
  remove();
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

async function platformAlive(): Promise<boolean> {
  const res = await fetch(`${sim.origin}/__sim/platform/customers`);
  return ((await res.json()) as { customers: { connectionAlive: boolean }[] }).customers[0]!.connectionAlive;
}

/** Every file under `root`, as text. */
function filesUnder(root: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const name of readdirSync(root)) {
    const file = path.join(root, name);
    if (statSync(file).isDirectory()) out.push(...filesUnder(file));
    else out.push({ file, text: readFileSync(file, 'latin1') });
  }
  return out;
}

describe('through the platform', () => {
  it('diagnose --platform borrows the connection, runs the checklist, and the platform stays connected', async () => {
    const c = io();
    const code = await diagnoseCommand.run(
      ['--platform', sim.platform!.baseUrl, '--customer', sim.scenario.account.email, '--data-dir', dir],
      c.io,
    );
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    expect(c.out.join('\n')).toMatch(/Way in: through the platform/);
    expect(await platformAlive()).toBe(true);
  });

  it('no borrowed token in any file, log, report or keychain entry the run left', async () => {
    const borrowed = (await (
      await fetch(`${sim.platform!.baseUrl}/v1/customers/c-0001/access-token`, {
        method: 'POST',
        headers: { authorization: `Bearer ${sim.platform!.agentKey}` },
      })
    ).json()) as { accessToken: string };
    const c = io();
    const report = path.join(dir, 'out-report.json');
    expect(
      await diagnoseCommand.run(
        [
          '--platform',
          sim.platform!.baseUrl,
          '--customer',
          'c-0001',
          '--data-dir',
          dir,
          '--format',
          'json',
          '--out',
          report,
        ],
        c.io,
      ),
    ).toBe(0);
    const files = filesUnder(dir);
    // The run kept a log, the report and the history: something was written, and none of it holds the token.
    expect(files.some((f) => /logs/.test(f.file))).toBe(true);
    expect(files.some((f) => f.file === report)).toBe(true);
    const signature = borrowed.accessToken.split('.')[2]!;
    for (const f of files) {
      expect(f.text, f.file).not.toContain(signature);
      expect(f.text, f.file).not.toMatch(/eyJ[\w-]{10,}\.eyJ[\w-]{10,}\./);
    }
    expect(c.out.join('\n')).not.toContain(signature);
    expect(c.err.join('\n')).not.toContain(signature);
  });

  it('test-charge --platform runs the test on the borrowed token, restores, and the platform stays connected', async () => {
    const c = io();
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
      c.io,
    );
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    const result = JSON.parse(c.out.join('\n')) as {
      restored: boolean;
      settingsAfter: unknown;
      settingsBefore: unknown;
    };
    expect(result.restored).toBe(true);
    expect(result.settingsAfter).toEqual(result.settingsBefore);
    expect(await platformAlive()).toBe(true);
  });

  it('connect --platform for a customer the platform lost: connects for the platform, which is alive after', async () => {
    // Another tool signs in under the platform's client: the platform's connection is replaced.
    const other = io();
    expect(
      await connectCommand.run(
        ['--api-base', sim.origin, '--replace-platform-connection', '--session-only', '--data-dir', dir],
        other.io,
      ),
    ).toBe(0);
    expect(await platformAlive()).toBe(false);

    const c = io();
    const code = await connectCommand.run(
      ['--platform', sim.platform!.baseUrl, '--customer', 'c-0001', '--data-dir', dir],
      c.io,
    );
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    expect(c.out.join('\n')).toMatch(/Connected c-0001 for the platform/);
    expect(await platformAlive()).toBe(true);
  });

  it('connect --platform for a connected customer does nothing but say so', async () => {
    const c = io();
    expect(
      await connectCommand.run(['--platform', sim.platform!.baseUrl, '--customer', 'c-0001', '--data-dir', dir], c.io),
    ).toBe(0);
    expect(c.out.join('\n')).toMatch(/Nothing to do/);
    expect(await platformAlive()).toBe(true);
  });

  it('a wrong agent key is said plainly (exit 1), and the key is not echoed', async () => {
    const before = process.env.TCD_PLATFORM_KEY;
    process.env.TCD_PLATFORM_KEY = 'not-the-key-42';
    try {
      const c = io();
      expect(
        await diagnoseCommand.run(
          ['--platform', sim.platform!.baseUrl, '--customer', 'c-0001', '--data-dir', dir],
          c.io,
        ),
      ).toBe(1);
      expect(c.err.join('\n')).toMatch(/did not accept your agent key \(401\)/);
      expect(c.err.join('\n')).not.toContain('not-the-key-42');
    } finally {
      if (before === undefined) delete process.env.TCD_PLATFORM_KEY;
      else process.env.TCD_PLATFORM_KEY = before;
    }
  });
});

describe("the doctor's own app", () => {
  it('connect --own-app signs in under the installer app: the platform stays connected', async () => {
    const c = io();
    const code = await connectCommand.run(
      ['--api-base', sim.origin, '--own-app', '--session-only', '--data-dir', dir],
      c.io,
    );
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    expect(await platformAlive()).toBe(true);
  });
});

describe("replace the platform's connection", () => {
  it('is refused with exit 3 and the sentence, before any browser opens; nothing changes', async () => {
    const c = io();
    const code = await connectCommand.run(
      ['--api-base', sim.origin, '--label', 'Miller family', '--data-dir', dir],
      c.io,
    );
    expect(code).toBe(3);
    expect(c.err.join('\n')).toMatch(
      /This signs Miller family out of the energy platform until they reconnect there\./,
    );
    // No sign-in was started: the simulator saw no /authorize.
    expect(sim.admin.requestLog().some((e) => e.path.startsWith('/oauth2/v3/authorize'))).toBe(false);
    expect(await platformAlive()).toBe(true);
  });

  it('with --replace-platform-connection: said first, then the sign-in, and the platform connection is gone', async () => {
    const c = io();
    const code = await connectCommand.run(
      ['--api-base', sim.origin, '--replace-platform-connection', '--session-only', '--data-dir', dir],
      c.io,
    );
    expect(code).toBe(0);
    expect(c.err[0]).toMatch(
      /^Replacing the platform’s connection: This signs .* out of .* until they reconnect there\./,
    );
    expect(await platformAlive()).toBe(false);
  });
});

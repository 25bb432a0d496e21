// `doctor diagnose` gets its checklist from the one composition (composeServices' `checklist` option), not a
// second ChecklistService of its own, and closes the services after the run: one composition, one checklist
// service, one close per run, and the report printed is the one the composed service holds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ComposeModule from '@main/app/compose-services';
import type { Services } from '@main/app/compose-services';
import type * as ChecklistModule from '@main/checklist/checklist-service';
import { diagnoseCommand } from '@main/headless/commands/diagnose';
import { startSimulator } from '@main/simulator';
import { tempDir } from '@test/support/temp-dir';

const made = vi.hoisted(() => ({ checklists: 0, services: [] as Services[], closed: 0 }));

vi.mock('@main/checklist/checklist-service', async (importOriginal) => {
  const real = await importOriginal<typeof ChecklistModule>();
  class CountedChecklistService extends real.ChecklistService {
    constructor(...args: ConstructorParameters<typeof real.ChecklistService>) {
      super(...args);
      made.checklists += 1;
    }
  }
  return { ...real, ChecklistService: CountedChecklistService };
});

vi.mock('@main/app/compose-services', async (importOriginal) => {
  const real = await importOriginal<typeof ComposeModule>();
  return {
    ...real,
    composeServices: (options: Parameters<typeof real.composeServices>[0]) => {
      const services = real.composeServices(options);
      const counted: Services = {
        ...services,
        close: async () => {
          made.closed += 1;
          await services.close();
        },
      };
      made.services.push(counted);
      return counted;
    },
  };
});

let dir: string;
let remove: () => void;
beforeEach(() => {
  made.checklists = 0;
  made.services = [];
  made.closed = 0;
  ({ dir, remove } = tempDir('tcd-diag-composed-'));
});
afterEach(() => remove());

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

/** The account id the run's history entry names. */
function historyAccountId(): string {
  const index = JSON.parse(readFileSync(path.join(dir, 'reports', 'history.json'), 'utf8')) as {
    entries: { accountId: string }[];
  };
  return index.entries[0]!.accountId;
}

describe('doctor diagnose and the one composition', () => {
  it('--scenario: one composition, one checklist service (the composed one, no label), closed once', async () => {
    const c = io();
    expect(await diagnoseCommand.run(['--scenario', 'healthy', '--format', 'json', '--data-dir', dir], c.io)).toBe(0);
    expect(made.services).toHaveLength(1);
    expect(made.checklists).toBe(1);
    expect(made.closed).toBe(1);
    const printed = JSON.parse(c.out.join('\n')) as { checks: unknown[]; customerLabel: string | null };
    // The composed service ran it: it holds the very result that was printed.
    const held = made.services[0]!.checklist.last(historyAccountId());
    expect(held).not.toBeNull();
    expect(held!.checks).toHaveLength(printed.checks.length);
    // The composition was told to leave the label out: the simulator customer's e-mail stands in for none.
    expect(held!.customerLabel).toBeNull();
  });

  it('--platform: the composed checklist names the platform way; services closed after the run', async () => {
    const sim = await startSimulator({ scenario: 'healthy', platform: true, autoConsent: true });
    try {
      const c = io();
      const code = await diagnoseCommand.run(
        ['--platform', sim.platform!.baseUrl, '--customer', 'c-0001', '--format', 'json', '--data-dir', dir],
        c.io,
      );
      expect(c.err).toEqual([]);
      expect(code).toBe(0);
      expect(made.services).toHaveLength(1);
      expect(made.checklists).toBe(1);
      expect(made.closed).toBe(1);
      const held = made.services[0]!.checklist.last(historyAccountId());
      expect(held?.account.way).toBe('platform');
      expect(held?.app.profile).toBe('demo');
    } finally {
      await sim.close();
    }
  });

  it('a failed run closes its services too', async () => {
    const c = io();
    // No customer stored: the run stops with exit 2 after composing.
    expect(await diagnoseCommand.run(['--data-dir', dir], c.io)).toBe(2);
    expect(made.services).toHaveLength(1);
    expect(made.closed).toBe(1);
    expect(made.checklists).toBe(1);
  });
});

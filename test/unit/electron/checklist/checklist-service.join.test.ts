// One diagnosis at a time per customer: a run asked for while one is under way joins it (the app starts one
// as it opens and the installer may press "Run" meanwhile), so Tesla sees one set of reads, never two;
// after the customer signed in again, the next run reads afresh with the new grant.
import { describe, expect, it } from 'vitest';
import { ChecklistService } from '@main/checklist/checklist-service';
import { startSimulator } from '@main/simulator';
import { simChecklistService } from '@test/support/sim-checklist';
import { simSession } from '@test/support/sim-session';

async function withService(work: (service: ChecklistService, products: () => number, id: string) => Promise<void>) {
  const sim = await startSimulator({ scenario: 'healthy', autoConsent: true, speed: 1000 });
  try {
    const session = await simSession(sim);
    const service = simChecklistService(sim, session);
    const products = () => sim.admin.requestLog().filter((r) => r.path.endsWith('/api/1/products')).length;
    await work(service, products, session.accountId);
  } finally {
    await sim.close();
  }
}

describe('ChecklistService: a run under way is joined', () => {
  it('two runs asked for at once make one diagnosis and give the same checklist', async () => {
    await withService(async (service, products, id) => {
      const [a, b] = await Promise.all([service.run(id), service.run(id)]);
      expect(products()).toBe(1);
      expect(b).toBe(a);
      // Once it is done, a new run reads Tesla again.
      await service.run(id);
      expect(products()).toBe(2);
    });
  });

  it('"last" asked while a run is under way answers with that run: "last, else run" reads Tesla once', async () => {
    await withService(async (service, products, id) => {
      const going = service.run(id);
      expect(service.last(id)).toBeNull();
      const latest = await service.latest(id);
      expect(latest).not.toBeNull();
      expect(latest?.checks).toEqual((await going).checks);
      expect(products()).toBe(1);
      // Nothing under way and nothing held: none, at once.
      expect(await service.latest('someone-else')).toBeNull();
    });
  });

  it('a run asked for after the customer signed in again does not join the one started before', async () => {
    await withService(async (service, products, id) => {
      const before = service.run(id);
      service.signedInAgain(id);
      const after = service.run(id);
      expect(after).not.toBe(before);
      await Promise.all([before, after]);
      expect(products()).toBe(2);
    });
  });

  it('a failed run is not kept: the next one tries again', async () => {
    let fail = true;
    const sim = await startSimulator({ scenario: 'healthy', autoConsent: true, speed: 1000 });
    try {
      const session = await simSession(sim);
      const service = new ChecklistService({
        sessionFor: async () => {
          if (fail) throw new Error('no session');
          return session;
        },
        profileFor: () => ({ partnerDomain: 'partner.example' }),
        meta: { appVersion: '0.0.0-test', profile: 'demo' },
        now: () => sim.clock.now(),
      });
      await expect(service.run(session.accountId)).rejects.toThrow('no session');
      fail = false;
      await expect(service.run(session.accountId)).resolves.toMatchObject({ checks: expect.any(Array) });
    } finally {
      await sim.close();
    }
  });
});

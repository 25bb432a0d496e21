// The handover's "found and fixed": a check that failed at an earlier run of this visit and passes now is
// marked fixedDuringVisit; forgetting the customer (the end of a visit) forgets what was seen.
import { describe, expect, it } from 'vitest';
import { createFleetClient } from '@main/fleet/fleet-client';
import { startSimulator } from '@main/simulator';
import { simChecklistService } from '@test/support/sim-checklist';
import { simSession } from '@test/support/sim-session';

describe('ChecklistService: fixed during the visit', () => {
  it('marks a check that failed earlier and passes now, and only that one', async () => {
    const sim = await startSimulator({ scenario: 'grid-charging-off', autoConsent: true, speed: 1000 });
    try {
      const session = await simSession(sim);
      const service = simChecklistService(sim, session);
      const first = await service.run(session.accountId);
      const before = first.checks.find((c) => c.id === 'energy.grid_charging')!;
      expect(before.status).toBe('fail');
      expect(first.checks.some((c) => c.fixedDuringVisit)).toBe(false);

      // The installer fixes it (here through the Fleet API), then runs the checklist again.
      await createFleetClient(session).gridImportExport(before.subject.id, {
        disallow_charge_from_grid_with_solar_installed: false,
      });
      const again = await service.run(session.accountId);
      const after = again.checks.find((c) => c.id === 'energy.grid_charging')!;
      expect(after.status).toBe('pass');
      expect(again.checks.filter((c) => c.fixedDuringVisit).map((c) => c.id)).toEqual(['energy.grid_charging']);
      expect(
        service.last(session.accountId)!.checks.find((c) => c.id === 'energy.grid_charging')!.fixedDuringVisit,
      ).toBe(true);

      // A new visit for the same customer starts from nothing.
      service.forget(session.accountId);
      const fresh = await service.run(session.accountId);
      expect(fresh.checks.some((c) => c.fixedDuringVisit)).toBe(false);
    } finally {
      await sim.close();
    }
  });
});

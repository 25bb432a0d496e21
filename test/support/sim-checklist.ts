// Test support: the checklist service over a simulator session, as the app wires it (the demo profile's
// partner domain, the simulator's clock for waits and ages).
import { ChecklistService } from '@main/checklist/checklist-service';
import type { RunningSimulator } from '@main/simulator';
import type { SimSession } from './sim-session';

export function simChecklistService(sim: RunningSimulator, session: SimSession): ChecklistService {
  return new ChecklistService({
    sessionFor: async () => session,
    profileFor: () => ({ partnerDomain: 'partner.example' }),
    meta: { appVersion: '0.0.0-test', profile: 'demo' },
    client: { sleep: async (ms) => sim.clock.advance(ms) },
    now: () => sim.clock.now(),
  });
}

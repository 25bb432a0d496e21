// The app opening reads the checklist of the customer it opens on (the first in the list) unless one is
// held or under way; nothing for a customer who must sign in again, or with nobody connected.
import { describe, expect, it } from 'vitest';
import { openFirstCustomerChecklist } from '@main/checklist/checklist-at-open';
import { startSimulator } from '@main/simulator';
import { simChecklistService } from '@test/support/sim-checklist';
import { simSession } from '@test/support/sim-session';

describe('openFirstCustomerChecklist', () => {
  it('opens the first customer only, and only when connected', () => {
    const opened: string[] = [];
    const checklist = { openFor: (id: string) => void opened.push(id) };
    openFirstCustomerChecklist({ list: () => [] }, checklist);
    openFirstCustomerChecklist({ list: () => [{ id: 'a', state: 'reconnect_needed' }] }, checklist);
    openFirstCustomerChecklist(
      {
        list: () => [
          { id: 'b', state: 'connected' },
          { id: 'c', state: 'connected' },
        ],
      },
      checklist,
    );
    expect(opened).toEqual(['b']);
  });

  it('reads Tesla once: not again while it runs, nor once it is held; the page’s run joins it', async () => {
    const sim = await startSimulator({ scenario: 'healthy', autoConsent: true, speed: 1000 });
    try {
      const session = await simSession(sim);
      const service = simChecklistService(sim, session);
      const products = () => sim.admin.requestLog().filter((r) => r.path.endsWith('/api/1/products')).length;
      const accounts = { list: () => [{ id: session.accountId, state: 'connected' as const }] };
      openFirstCustomerChecklist(accounts, service);
      openFirstCustomerChecklist(accounts, service); // a second page while it runs
      await service.run(session.accountId); // the page's own run joins it
      expect(products()).toBe(1);
      openFirstCustomerChecklist(accounts, service); // a reload: the checklist is held
      expect(products()).toBe(1);
      expect(service.last(session.accountId)).not.toBeNull();
    } finally {
      await sim.close();
    }
  });
});

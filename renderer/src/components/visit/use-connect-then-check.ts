// Renderer: connecting a customer runs the checklist by itself. With every box the platform needs ticked,
// the visit moves on to Check; with a box left unticked it stays on Connect, where the result says which
// (the customer is still at the laptop to reconnect), while the checklist runs in the background.
import { useEffect } from 'react';
import { allBoxesTicked, useAccountsStore } from '@renderer/state/accounts-store';
import { useVisitStore } from '@renderer/state/visit-store';
import { useChecklistStore } from '@renderer/state/checklist-store';

export function useConnectThenCheck(): void {
  useEffect(
    () =>
      useAccountsStore.subscribe((s, prev) => {
        // The checklist starts the moment the sign-in is known to have succeeded, not after the customer
        // list has been read again (that answer only decides which step to show).
        if (s.justConnected && s.justConnected !== prev.justConnected) {
          const { accountId } = s.justConnected;
          // A reconnect of the customer on screen already reruns it (checklist-store): never twice at once.
          const checklist = useChecklistStore.getState();
          if (!(checklist.running && checklist.accountId === accountId)) void checklist.run(accountId);
        }
        if (!s.lastConnected || s.lastConnected === prev.lastConnected) return;
        const { accountId } = s.lastConnected;
        if (allBoxesTicked(s.accounts.find((a) => a.id === accountId))) useVisitStore.getState().go('checklist');
      }),
    [],
  );
}

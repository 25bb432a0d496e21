// Renderer: connecting a customer runs the checklist by itself. With every box the platform needs ticked,
// the visit moves on to Check; with a box left unticked it stays on Connect, where the result says which
// (the customer is still at the laptop to reconnect), while the checklist runs in the background.
import { useEffect } from 'react';
import type { AccountView } from '../../../../shared/contract';
import { useAccountsStore } from '../../state/accounts-store';
import { useVisitStore } from '../../state/visit-store';
import { useChecklistStore } from '../../screens/checklist/checklist-store';

/** The consent boxes the checklist's scope checks need, each as the scopes that satisfy it. */
const NEEDED: readonly (readonly string[])[] = [['energy_device_data'], ['energy_cmds'], ['vehicle_device_data'], ['vehicle_cmds', 'vehicle_charging_cmds']];

export function allBoxesTicked(account: AccountView | undefined): boolean {
  return account !== undefined && NEEDED.every((any) => any.some((s) => account.grantedScopes.includes(s)));
}

export function useConnectThenCheck(): void {
  useEffect(
    () =>
      useAccountsStore.subscribe((s, prev) => {
        if (!s.lastConnected || s.lastConnected === prev.lastConnected) return;
        const { accountId } = s.lastConnected;
        void useChecklistStore.getState().run(accountId);
        if (allBoxesTicked(s.accounts.find((a) => a.id === accountId))) useVisitStore.getState().go('checklist');
      }),
    [],
  );
}

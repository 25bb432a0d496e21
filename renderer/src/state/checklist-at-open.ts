// Renderer: as the app opens with a connected customer selected, the visit opens at Check and their
// checklist is asked for at once (the last one of this run, or one read now; the main side started it as
// the page connected), before any screen mounts: the diagnosis runs while the page is still loading,
// instead of after the installer opened Check and pressed "Run".
import { allBoxesTicked, useAccountsStore } from './accounts-store';
import { useChecklistStore } from './checklist-store';
import { useVisitStore } from './visit-store';

/** After the customers are known: opens the selected one's checklist if they are connected (resolves once answered; it is asked for at the call). */
export async function openSelectedChecklist(): Promise<void> {
  const { selectedAccountId, accounts } = useAccountsStore.getState();
  const account = accounts.find((a) => a.id === selectedAccountId);
  // A customer who must sign in again would only get a failed run: Connect says what to do instead.
  if (account?.state !== 'connected') return;
  // The visit is at Check, as after connecting (unless a box is unticked: Connect offers to reconnect),
  // provided the installer has not gone elsewhere in the meantime.
  const visit = useVisitStore.getState();
  if (allBoxesTicked(account) && visit.screen === 'accounts') visit.go('checklist');
  await useChecklistStore.getState().open(account.id);
}

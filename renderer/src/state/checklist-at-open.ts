// Renderer: as the app opens with a connected customer selected, their checklist is asked for at once (the
// last one of this run, or one read now), before any screen mounts: the diagnosis runs while the page
// is still loading, instead of after the installer opened Check and pressed "Run".
import { useAccountsStore } from './accounts-store';
import { useChecklistStore } from './checklist-store';

/** After the customers are known: opens the selected one's checklist if they are connected (resolves once asked). */
export async function openSelectedChecklist(): Promise<void> {
  const { selectedAccountId, accounts } = useAccountsStore.getState();
  const account = accounts.find((a) => a.id === selectedAccountId);
  // A customer who must sign in again would only get a failed run: Connect says what to do instead.
  if (account?.state === 'connected') await useChecklistStore.getState().open(account.id);
}

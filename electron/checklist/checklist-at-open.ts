// Main process (plain Node). The app opening (the user's navigation to its page in browser mode, or a page
// of it connecting; the desktop window created): the checklist of the customer it opens on is read at once,
// before the page has even run its code. The page
// opens on the first customer in the list (renderer/src/state/accounts-store.ts) and asks for their last
// checklist, else runs one (renderer/src/state/checklist-at-open.ts), which then finds this one held or
// joins it: the diagnosis, two round trips to Tesla, overlaps the page's start instead of following it.
import type { AccountView } from '@shared/contract';
import type { ChecklistService } from './checklist-service';

export function openFirstCustomerChecklist(
  accounts: { list(): Pick<AccountView, 'id' | 'state'>[] },
  checklist: Pick<ChecklistService, 'openFor'>,
): void {
  const first = accounts.list()[0];
  // One who must sign in again would only get a failed run: the Connect screen says what to do.
  if (first?.state === 'connected') checklist.openFor(first.id);
}

// Main process (plain Node). The handlers of the visit as a whole: "End site visit" (`accounts:forgetAll` in
// the contract), its own feature since it reaches into every area that holds something of the visit's
// customers, and the visit's progress the page restores its steps from (`accounts:visitProgress`).
import type { AreaHandlers } from '@main/ipc/handler-types';
import { endVisit, type EndVisitDeps } from './end-visit';
import type { VisitProgressFile } from './visit-progress';

export function endVisitHandlers(
  deps: EndVisitDeps & { visit: VisitProgressFile },
): Pick<AreaHandlers<'accounts'>, 'accounts:forgetAll' | 'accounts:visitProgress'> {
  return {
    'accounts:forgetAll': async () => {
      const visit = await endVisit(deps);
      deps.visit.prune();
      return { ...(await deps.accounts.overview()), visit };
    },
    'accounts:visitProgress': () => ({ accounts: deps.visit.list() }),
  };
}

// Main process (plain Node). The handler of "End site visit" (`accounts:forgetAll` in the contract): its own
// feature, since it reaches into every area that holds something of the visit's customers.
import type { AreaHandlers } from '@main/ipc/handler-types';
import { endVisit, type EndVisitDeps } from './end-visit';

export function endVisitHandlers(deps: EndVisitDeps): Pick<AreaHandlers<'accounts'>, 'accounts:forgetAll'> {
  return {
    'accounts:forgetAll': async () => {
      const visit = await endVisit(deps);
      return { ...(await deps.accounts.overview()), visit };
    },
  };
}

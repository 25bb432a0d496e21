// Main process (plain Node). Handlers of the `checklist:` area: run, re-check one item, last result.
import type { BackendContext } from '../backend-context';
import { RecheckError, type DiagnosisService } from '../diagnosis/diagnosis-service';
import { UserFacingError, type AreaHandlers } from '../ipc/handler-types';

export function checklistHandlers(ctx: Pick<BackendContext, 'checklist'>): AreaHandlers<'checklist'> {
  const service = (): DiagnosisService => ctx.checklist;
  return {
    'checklist:run': ({ accountId }) => service().run(accountId),
    'checklist:recheck': async ({ accountId, checkId, subjectId }) => {
      try {
        return (await service().recheck(accountId, checkId, subjectId)).check;
      } catch (error) {
        if (error instanceof RecheckError) throw new UserFacingError(error.message);
        throw error;
      }
    },
    'checklist:last': ({ accountId }) => service().last(accountId),
  };
}

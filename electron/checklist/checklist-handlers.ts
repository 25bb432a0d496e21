// Main process (plain Node). Handlers of the `checklist:` area: run, re-check one item, last result.
import type { Report } from '@shared/report/report-schema';
import type { ChecklistService } from './checklist-service';
import type { AreaHandlers } from '../ipc/handler-types';

// Tesla's raw answers stay in the main process (the report export reads them there): the page gets the
// checks, verdicts and usage, never a body that might carry something sensitive.
const forPage = (report: Report): Report => ({ ...report, raw: [] });

export function checklistHandlers(checklist: ChecklistService): AreaHandlers<'checklist'> {
  const service = (): ChecklistService => checklist;
  return {
    'checklist:run': async ({ accountId }) => forPage(await service().run(accountId)),
    'checklist:recheck': async ({ accountId, checkId, subjectId }) => {
      // A RecheckError is a UserFacingError (checklist-service.ts): it reaches the page with its key.
      const { check, report } = await service().recheck(accountId, checkId, subjectId);
      return { check, report: forPage(report) };
    },
    // Counting a run under way (the app opening starts one): the page's "last, else run" reads Tesla once.
    'checklist:last': async ({ accountId }) => {
      const last = await service().latest(accountId);
      return last && forPage(last);
    },
  };
}

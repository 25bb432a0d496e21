// Main process (plain Node). Handlers of the `reports:` area: thin, the work is in ReportsService.
import { UserFacingError, type AreaHandlers } from '@main/ipc/handler-types';
import type { ReportsService } from './reports-service';

export function reportsHandlers(reports: ReportsService): AreaHandlers<'reports'> {
  return {
    'reports:preview': ({ includeCustomerLabel, accountId }) =>
      reports.preview(includeCustomerLabel, accountId ?? null),
    'reports:export': ({ format, includeCustomerLabel, accountId, language, appendix, locale }, call) =>
      reports.export(
        format,
        includeCustomerLabel,
        call.transport,
        accountId ?? null,
        language,
        appendix ?? false,
        locale,
      ),
    'reports:open': ({ fileName, text }) => reports.open(fileName, text),
    'reports:openHistory': ({ id }) => reports.openHistory(id),
    'reports:history': async ({ query }) => {
      const { entries, rebuilt } = await reports.history.list(query);
      // The account id stays on this machine's side: the page lists labels.
      return { entries: entries.map(({ digest: _d, accountId: _a, ...e }) => e), rebuilt };
    },
    'reports:rerun': ({ openedId }) => reports.rerun(openedId),
    'reports:exportOpened': ({ openedId, format, language, appendix, locale }, call) => {
      if (format !== 'html' && format !== 'pdf') throw new UserFacingError('export_format');
      return reports.exportOpened(openedId, format, call.transport, language, appendix ?? false, locale);
    },
  };
}

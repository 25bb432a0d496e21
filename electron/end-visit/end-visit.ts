// Main process (plain Node). "End site visit" across the areas that hold something of the visit's customers:
// sign-ins (keychain or memory), the customer list, checklist results and finished test results in memory,
// the kept report copies and their history entries, finished test-charge journals, and the customers' names
// and ids in the log files. A customer whose pending restore still needs their sign-in is kept, and the
// summary says so, with the reason: the page shows exactly what went and what stayed.
import type { EndVisitSummary } from '@shared/contract/areas/accounts';
import type { AccountService } from '@main/accounts/account-service';
import type { ChecklistService } from '@main/checklist/checklist-service';
import type { Logger } from '@main/infra/logger';
import type { ReportsService } from '@main/reports/reports-service';
import { removeSupportBundles } from '@main/support/support-bundle';
import { removeVisitJournals } from '@main/test-charge/journal';

export interface EndVisitDeps {
  dataDir: string;
  accounts: AccountService;
  checklist: ChecklistService;
  reports: ReportsService;
  log: Logger;
}

type Removed = EndVisitSummary['removed'][number];

export async function endVisit(deps: EndVisitDeps): Promise<EndVisitSummary> {
  const before = deps.accounts.list();
  // The visit began when its first customer was connected (reports of an older version carry no account).
  const since = before.length ? before.map((a) => a.connectedAt).sort()[0]! : null;
  // What names each customer, read before their data goes: label, email, their sites' and cars' ids.
  const references = new Map(
    before.map((a) => [
      a.id,
      [
        a.id,
        a.label,
        ...(a.email ? [a.email] : []),
        ...(deps.checklist.last(a.id)?.checks.map((c) => c.subject.id) ?? []),
      ],
    ]),
  );

  const { forgotten, kept, unlisted } = await deps.accounts.endVisit();
  const ids = new Set(forgotten.map((a) => a.id));
  let results = 0;
  for (const id of ids) results += (deps.checklist.forget(id) ? 1 : 0) + deps.reports.forgetAccount(id);
  const reports = await deps.reports.history.removeVisit({ accountIds: ids, since: kept.length ? null : since });
  const journals = await removeVisitJournals(deps.dataDir, ids);
  // Bundles hold the log and the latest report, and may name a customer: none outlives the visit.
  const supportBundles = await removeSupportBundles(deps.dataDir);
  const logLines = deps.log.forgetReferences([...ids].flatMap((id) => references.get(id) ?? []));

  const removed: Removed[] = [
    { item: 'keychain_sign_ins', count: forgotten.filter((a) => !a.sessionOnly).length + unlisted },
    // Session-only sign-ins never touched the keychain: they are named as what they were.
    { item: 'session_sign_ins', count: forgotten.filter((a) => a.sessionOnly).length },
    { item: 'customers', count: forgotten.length },
    { item: 'results', count: results },
    { item: 'reports', count: reports },
    { item: 'journals', count: journals },
    { item: 'support_bundles', count: supportBundles },
    { item: 'log_lines', count: logLines },
  ];
  deps.log.info('visit.ended', { forgotten: forgotten.length, kept: kept.length, reports, journals, logLines });
  return {
    removed: removed.filter((r) => r.count > 0),
    kept: [
      ...kept.flatMap(({ account, reason }) => [
        { item: 'sign_in' as const, customer: account.label, reason },
        ...(reason === 'restore_pending' ? [{ item: 'journal' as const, customer: account.label, reason }] : []),
      ]),
      // Files saved through the save dialog or downloaded are the installer's, wherever they were put.
      ...(reports > 0 ? [{ item: 'saved_files' as const, customer: null, reason: 'saved_outside' as const }] : []),
    ],
  };
}

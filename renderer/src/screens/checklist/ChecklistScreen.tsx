// Renderer: the Checklist screen: for the selected customer, can the platform read and command their
// devices, and if not, what exactly must the customer or installer do?
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ChecklistView } from '../../components/checklist/ChecklistView';
import { useAccountsStore } from '../../state/accounts-store';
import { useChecklistStore } from './checklist-store';

export function ChecklistScreen() {
  const { t } = useTranslation();
  const accountId = useAccountsStore((s) => s.selectedAccountId);
  const account = useAccountsStore((s) => s.accounts.find((a) => a.id === s.selectedAccountId));
  const connect = useAccountsStore((s) => s.connect);
  const { report, running, progress, rechecking, error, load, run, recheck, subscribe } = useChecklistStore();
  useEffect(() => subscribe(), [subscribe]);
  useEffect(() => {
    if (accountId) void load(accountId);
  }, [accountId, load]);

  if (!accountId) {
    return (
      <div className="checklist-screen">
        <h2>{t('checklist.heading')}</h2>
        <p>{t('checklist.noAccount')}</p>
      </div>
    );
  }
  const shown = report && !running ? report : null;
  return (
    <div className="checklist-screen ck-view">
      <h2>{t('checklist.heading')}</h2>
      <p>{t('checklist.intro')}</p>
      <button type="button" className="primary" onClick={() => void run(accountId)} disabled={running} data-testid="run-checklist">
        {report ? t('checklist.runAgain') : t('checklist.run')}
      </button>
      {running && (
        <div role="status" className="ck-progress" data-testid="checklist-progress">
          <p>{t('checklist.running', { done: progress?.done ?? 0, total: progress?.total ?? 0 })}</p>
          <progress max={progress?.total || 1} value={progress?.done ?? 0} />
        </div>
      )}
      {error && (
        <p role="alert" className="ck-error">
          {error}
        </p>
      )}
      {!report && !running && <p className="ck-note">{t('checklist.notRun')}</p>}
      {shown && (
        <>
          <ChecklistView
            checks={shown.checks}
            {...(shown.verdicts ? { verdicts: shown.verdicts } : {})}
            onRecheck={(c) => void recheck(c)}
            recheckingRef={rechecking}
            onReconnect={() => void connect(account?.label ?? '', accountId)}
          />
          <p className="ck-note" data-testid="api-usage">
            {t('checklist.usage', { requests: shown.apiUsage.requests, wakes: shown.apiUsage.byClass.wake, cost: shown.apiUsage.estimatedCostUsd.toFixed(3) })}
          </p>
        </>
      )}
    </div>
  );
}

// Renderer: the Check and Fix steps of the visit. Check: for the selected customer, can the platform read
// and command their devices; it opens with what is left to fix, grouped by who fixes it. Fix: only those
// items, each with its fix and "Check again".
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChecklistView } from '@renderer/components/checklist/ChecklistView';
import { markOnce } from '@renderer/perf/start-marks';
import { useAccountsStore } from '@renderer/state/accounts-store';
import { useVisitStore } from '@renderer/state/visit-store';
import { useChecklistStore } from '@renderer/state/checklist-store';

export function ChecklistScreen() {
  return <ChecklistStep step="check" />;
}

export function FixScreen() {
  return <ChecklistStep step="fix" />;
}

function ChecklistStep({ step }: { step: 'check' | 'fix' }) {
  const { t } = useTranslation();
  const accountId = useAccountsStore((s) => s.selectedAccountId);
  const account = useAccountsStore((s) => s.accounts.find((a) => a.id === s.selectedAccountId));
  const connect = useAccountsStore((s) => s.connect);
  const { report, running, loading, progress, rechecking, error, load, run, recheck, subscribe } = useChecklistStore();
  const problemsFocus = useVisitStore((s) => s.problemsFocus);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => subscribe(), [subscribe]);
  useEffect(() => {
    if (accountId) void load(accountId);
  }, [accountId, load]);
  useEffect(() => {
    if (problemsFocus > 0) root.current?.querySelector<HTMLElement>('#ck-problems-heading')?.focus();
  }, [problemsFocus]);

  const shown = report && !running ? report : null;
  // On commit, before the frame is painted (a passive effect may run after it).
  useLayoutEffect(() => {
    if (shown) markOnce('checklist-rendered');
  }, [shown]);

  const heading = t(step === 'fix' ? 'checklist.fixHeading' : 'checklist.heading');
  if (!accountId) {
    return (
      <div className="checklist-screen">
        <h2>{heading}</h2>
        <p>{t('checklist.noAccount')}</p>
      </div>
    );
  }
  return (
    <div className="checklist-screen ck-view" ref={root}>
      <div className="ck-top">
        <div>
          <h2>{heading}</h2>
          <p className="ck-intro">
            {t(step === 'fix' ? 'checklist.fixIntro' : 'checklist.intro', { customer: account?.label ?? '' })}
          </p>
          {account?.way && (
            <p className="ck-way muted" data-testid="checklist-way">
              {t('checklist.way', { way: t(`accounts.card.way.${account.way}`) })}
              {account.way === 'own_app' && ` ${t('checklist.wayOwnApp')}`}
            </p>
          )}
        </div>
        <button
          type="button"
          className={report ? '' : 'primary'}
          onClick={() => void run(accountId)}
          // Until the last checklist's answer is in, "Run" could start a second diagnosis for nothing.
          disabled={running || loading}
          data-testid="run-checklist"
        >
          {report ? t('checklist.runAgain') : t('checklist.run')}
        </button>
      </div>
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
      {!report && !running && !loading && <p className="ck-note">{t('checklist.notRun')}</p>}
      {shown && (
        <>
          <ChecklistView
            checks={shown.checks}
            {...(shown.verdicts ? { verdicts: shown.verdicts } : {})}
            onRecheck={(c) => void recheck(c)}
            recheckingRef={rechecking}
            onReconnect={() => void connect(account?.label ?? '', accountId)}
            {...(account ? { accountLabel: account.label } : {})}
            problemsOnly={step === 'fix'}
          />
          {step === 'check' && (
            <p className="ck-note" data-testid="api-usage">
              {t('checklist.usage', {
                requests: shown.apiUsage.requests,
                wakes: shown.apiUsage.byClass.wake,
                cost: shown.apiUsage.estimatedCostUsd, // the catalogue formats it in the user's language
              })}
            </p>
          )}
        </>
      )}
    </div>
  );
}

// Renderer: the Test charge screen: prove before leaving the site that the platform's charge and discharge
// commands move energy, with the customer's settings always put back.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountsStore } from '@renderer/state/accounts-store';
import { PlanPanel } from './PlanPanel';
import { RecoveryNotices } from './RecoveryNotices';
import { RunPanel } from './RunPanel';
import { TestFormPanel } from './TestFormPanel';
import { BlockedByCause } from './BlockedByCause';
import { useTestChargeStore } from '@renderer/state/test-charge-store';
import './test-charge.css';

export function TestChargeScreen() {
  const { t } = useTranslation();
  const accountId = useAccountsStore((s) => s.selectedAccountId);
  const { plan, run, recovery, busy, error, form, blocked, loadSites, start, stop, subscribe, recoverNow, discard } =
    useTestChargeStore();
  useEffect(() => subscribe(), [subscribe]);
  useEffect(() => {
    if (accountId) void loadSites(accountId);
  }, [accountId, loadSites]);
  const active = run !== null && run.phase !== 'finished' && run.phase !== 'failed';
  // Tesla refuses the account itself: the one cause and who acts, in place of a form with no site to pick.
  const grid =
    accountId && blocked && !run ? (
      <BlockedByCause check={blocked} />
    ) : (
      accountId && (
        <div className="tc-grid">
          <TestFormPanel accountId={accountId} disabled={active} />
          {plan && !active && (
            <PlanPanel
              plan={plan}
              disabled={busy}
              minutes={form.minutes}
              onStart={(force, confirmOtherTest) => void start(accountId, force, confirmOtherTest)}
            />
          )}
        </div>
      )
    );
  return (
    <div className="test-charge-screen">
      <h2>{t('testCharge.heading')}</h2>
      <p className="tc-intro">{t('testCharge.intro')}</p>
      <RecoveryNotices notices={recovery} onDiscard={(siteId) => void discard(siteId)} />
      {recovery.some((n) => n.status === 'failed') && (
        <button type="button" onClick={() => void recoverNow()} disabled={busy}>
          {t('testCharge.recovery.retry')}
        </button>
      )}
      {error && (
        <p role="alert" className="tc-bad">
          {error}
        </p>
      )}
      {!accountId ? (
        <p>{t('testCharge.noAccount')}</p>
      ) : (
        <>
          {/* With a run on screen, its result comes first; the form for another test folds away. */}
          {run && <RunPanel run={run} busy={busy} onStop={() => void stop()} />}
          {run
            ? !active && (
                <details className="tc-again">
                  <summary>{t('testCharge.again')}</summary>
                  {grid}
                </details>
              )
            : grid}
        </>
      )}
    </div>
  );
}

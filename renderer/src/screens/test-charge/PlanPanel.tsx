// Renderer: the preflight's blockers (each explained; nothing is written while one stands), the checklist's
// verdict on the same readings (one readiness truth: what stops this test, and what else keeps the battery
// at "No"), which settings the test changes and why, and which it leaves alone. A test the checklist says
// will fail may still be run after a confirmation that says what will happen.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestPlan } from '@shared/contract';
import { useCheckText } from '@renderer/components/checklist/use-check-text';
import { settingName, settingValue } from './setting-text';
import { lockLines } from '@shared/test-charge/lock-text';

export function PlanPanel({
  plan,
  onStart,
  disabled,
  minutes,
}: {
  plan: TestPlan;
  /** `confirmOtherTest`: the installer ticked that no other test runs although the site shows one. */
  onStart: (force: boolean, confirmOtherTest: boolean) => void;
  disabled: boolean;
  minutes: number;
}) {
  const { t } = useTranslation();
  const text = useCheckText();
  const [confirming, setConfirming] = useState(false);
  // The question opens whole in view (its warning, "Yes" and "Cancel"), even where a longer language's
  // header pushed it to the bottom of a small screen.
  const confirmBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirmBox.current?.scrollIntoView?.({ block: 'nearest' });
  }, [confirming]);
  // The site shows another test's values: a start waits for the installer's word that they know better.
  const [otherTestConfirmed, setOtherTestConfirmed] = useState(false);
  const otherTest = plan.otherTest ?? [];
  const waitsForOtherTest = otherTest.length > 0 && !otherTestConfirmed;
  const { preflight, strategy } = plan;
  const blocking = plan.checklist?.blocking ?? [];
  const notes = plan.checklist?.notes ?? [];
  const ownBlockers = preflight.blockers.filter((b) => b.code !== 'checklist');
  // Only the checklist's blockers may be run past; the others make the test impossible or unsafe.
  const forceable = !preflight.ok && ownBlockers.length === 0 && blocking.length > 0;
  const keepsExports = strategy.leftAlone.some((l) => l.why === 'no_export_permission');
  return (
    <section className="tc-plan" aria-labelledby="tc-plan-heading" data-testid="tc-plan">
      <h3 id="tc-plan-heading">{t('testCharge.plan.heading')}</h3>
      {preflight.ok ? (
        notes.length === 0 ? (
          <p className="tc-ok" data-testid="tc-ready">
            <span aria-hidden="true">✔ </span>
            {t('testCharge.plan.ready')}
          </p>
        ) : (
          <div data-testid="tc-ready-notes">
            <p>{t('testCharge.plan.readyWithNotes')}</p>
            <ul className="tc-notes">
              {notes.map((c) => (
                <li key={c.id} data-check-id={c.id}>
                  <span aria-hidden="true">⚠ </span>
                  {text.title(c)} —{' '}
                  {t('testCharge.plan.noteDoesNotStop', { direction: t(`testCharge.direction.${strategy.direction}`) })}
                </li>
              ))}
            </ul>
          </div>
        )
      ) : (
        <div role="alert" data-testid="tc-blocked">
          <p className="tc-bad">
            <span aria-hidden="true">✖ </span>
            {t('testCharge.plan.blocked')}
          </p>
          {ownBlockers.length > 0 && (
            <ul className="tc-blockers">
              {ownBlockers.map((b) => (
                <li key={b.code}>
                  {t(`testCharge.blocker.${b.code}`)}
                  {b.observed !== undefined && (
                    <span className="tc-observed">
                      {' '}
                      ({t('testCharge.plan.observed', { value: String(b.observed) })})
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {blocking.length > 0 && (
            <>
              <p>{t('testCharge.plan.checklistBlocks')}</p>
              <ul className="tc-blockers">
                {blocking.map((c) => (
                  <li key={c.id} data-check-id={c.id}>
                    <strong>{text.title(c)}</strong>
                    {c.fix && <> — {text.fixSummary(c.fix)}</>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {plan.settling && (
        <p className="tc-hint" role="status" data-testid="tc-plan-settling">
          <span aria-hidden="true">⏳ </span>
          {t('testCharge.plan.settling', {
            power:
              plan.settling.batteryW === null
                ? t('testCharge.notReported')
                : t('testCharge.watts', { value: Math.round(plan.settling.batteryW) }),
          })}
        </p>
      )}
      {preflight.warnings.length > 0 && (
        <ul className="tc-warnings">
          {preflight.warnings.map((w) => (
            <li key={w}>{t(`testCharge.warning.${w}`)}</li>
          ))}
        </ul>
      )}
      {otherTest.length > 0 && (
        <div role="alert" className="tc-confirm" data-testid="tc-other-test">
          <p className="tc-bad">
            <span aria-hidden="true">⚠ </span>
            {t('testCharge.otherTest.heading')}
          </p>
          <ul>
            {otherTest.map((sign) => (
              <li key={sign.code} data-sign={sign.code}>
                {t(`testCharge.otherTest.sign.${sign.code}`, {
                  value: String(sign.value),
                  power: String(Math.abs(Number(sign.value))),
                  direction: t(`testCharge.otherTest.direction.${sign.direction}`),
                })}
              </li>
            ))}
          </ul>
          <p className="tc-hint">{t('testCharge.otherTest.inferred')}</p>
          <label>
            <input
              type="checkbox"
              data-testid="tc-other-test-confirm"
              checked={otherTestConfirmed}
              onChange={(e) => setOtherTestConfirmed(e.target.checked)}
            />{' '}
            {t('testCharge.otherTest.confirm')}
          </label>
        </div>
      )}
      {/* What to do next sits right under what the plan found, above the table: on a small laptop it is in
          view without floating over the table or the warning it acts on. */}
      <div className="tc-actions">
        {forceable ? (
          confirming ? (
            <div
              ref={confirmBox}
              className="tc-confirm"
              role="group"
              aria-labelledby="tc-confirm-text"
              data-testid="tc-confirm-force"
            >
              <p id="tc-confirm-text">
                {t('testCharge.plan.confirmForce', { minutes })}
                {keepsExports && <> {t('testCharge.plan.confirmNoExport')}</>}
              </p>
              <button
                type="button"
                className="tc-start"
                disabled={disabled || waitsForOtherTest}
                onClick={() => onStart(true, otherTestConfirmed)}
              >
                {t('testCharge.plan.confirmYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('testCharge.plan.cancel')}
              </button>
            </div>
          ) : (
            <button type="button" disabled={disabled} onClick={() => setConfirming(true)}>
              {t('testCharge.plan.runAnyway')}
            </button>
          )
        ) : (
          <button
            type="button"
            className="tc-start"
            disabled={disabled || !preflight.ok || waitsForOtherTest}
            onClick={() => onStart(false, otherTestConfirmed)}
          >
            {t(`testCharge.start.${strategy.direction}`)}
          </button>
        )}
      </div>
      <h4>{t('testCharge.plan.touches')}</h4>
      {strategy.touches.length === 0 ? (
        <p>{t('testCharge.plan.nothingToChange')}</p>
      ) : (
        <table className="tc-table">
          <thead>
            <tr>
              <th scope="col">{t('testCharge.plan.setting')}</th>
              <th scope="col">{t('testCharge.plan.now')}</th>
              <th scope="col">{t('testCharge.plan.during')}</th>
              <th scope="col">{t('testCharge.plan.why')}</th>
            </tr>
          </thead>
          <tbody>
            {strategy.touches.map((c) => (
              <tr key={c.key}>
                <th scope="row">{settingName(t, c.key)}</th>
                <td>{settingValue(t, c.key, c.from)}</td>
                <td>{settingValue(t, c.key, c.to)}</td>
                <td>{t(`testCharge.why.${c.why}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {strategy.leftAlone.length > 0 && (
        <>
          <h4>{t('testCharge.plan.leftAlone')}</h4>
          <ul>
            {strategy.leftAlone.map((l) => (
              <li key={l.key} data-why={l.why}>
                {settingName(t, l.key)}: {settingValue(t, l.key, l.value)} — {t(`testCharge.why.${l.why}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="tc-hint">{t('testCharge.plan.restorePromise')}</p>
      {plan.locks && (
        <p className="tc-hint" data-testid="tc-lock">
          {lockLines(
            (key, params) => t(key, params),
            plan.locks.map((kind) => ({ kind })),
          ).join(' ')}
        </p>
      )}
    </section>
  );
}

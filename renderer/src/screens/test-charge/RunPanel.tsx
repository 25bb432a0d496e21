// Renderer: a running or finished test: phase, countdown, Stop, the chart, the verdict, and whether the
// customer's settings were put back (or, when not, the values to set by hand).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunView } from '@shared/contract';
import { useCheckText } from '@renderer/components/checklist/use-check-text';
import { LiveChart } from './LiveChart';
import { settingName, settingValue } from './setting-text';
import { heldByLine, lockLines } from '@shared/test-charge/lock-text';

function useCountdown(run: RunView): number | null {
  const [now, setNow] = useState(() => Date.now());
  const [anchor, setAnchor] = useState(() => ({ at: Date.now(), remaining: run.remainingSeconds }));
  useEffect(() => setAnchor({ at: Date.now(), remaining: run.remainingSeconds }), [run.remainingSeconds]);
  const ticking = run.phase === 'watching';
  useEffect(() => {
    if (!ticking) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [ticking]);
  if (anchor.remaining === null) return null;
  if (!ticking) return anchor.remaining;
  // Between samples the clock runs at the simulator's speed (1 against Tesla).
  return Math.max(0, anchor.remaining - (Math.max(0, now - anchor.at) / 1000) * run.clockSpeed);
}

function mmss(seconds: number): string {
  const s = Math.ceil(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function RunPanel({ run, onStop, busy }: { run: RunView; onStop: () => void; busy: boolean }) {
  const { t } = useTranslation();
  const remaining = useCountdown(run);
  const active = run.phase !== 'finished' && run.phase !== 'failed';
  const result = run.result;
  const text = useCheckText();
  const words = (key: string, params?: Record<string, string | number>) => t(key, params);
  // A run the checklist stopped names the check (its id is the reason), in the checklist's words.
  const checklistBlocker =
    result?.verdict === 'blocked' ? result.preflight?.blockers.find((b) => b.code === 'checklist') : undefined;
  const reasonText = checklistBlocker
    ? t('testCharge.run.blockedByChecklist', { title: checklistTitle(text, checklistBlocker) })
    : result
      ? t(`testCharge.reason.${result.reason}`)
      : '';
  return (
    <section className="tc-run" aria-labelledby="tc-run-heading">
      <h3 id="tc-run-heading">{t(`testCharge.direction.${run.direction}`)}</h3>
      <p className="tc-phase" aria-live="polite">
        {run.waitingToSettle ? t('testCharge.run.waitingToSettle') : t(`testCharge.phase.${run.phase}`)}
        {active && remaining !== null && run.phase === 'watching' && (
          <span className="tc-countdown"> — {t('testCharge.run.remaining', { time: mmss(remaining) })}</span>
        )}
      </p>
      {run.strategy && run.strategy.touches.length > 0 && (
        <p className="tc-hint" data-testid="tc-changed">
          {t('testCharge.run.changed', {
            list: run.strategy.touches
              .map((c) => `${settingName(t, c.key)} → ${settingValue(t, c.key, c.to)}`)
              .join(', '),
          })}
        </p>
      )}
      {active && (
        <button type="button" className="tc-stop" onClick={onStop} disabled={busy || run.phase === 'restoring'}>
          {t('testCharge.run.stop')}
        </button>
      )}
      <LiveChart samples={run.samples} />
      {run.error && (
        <p role="alert" className="tc-bad">
          {t('testCharge.run.error', { message: run.error })}
        </p>
      )}
      {result && (
        <div className="tc-result" data-testid="tc-result">
          <p className={result.verdict === 'pass' ? 'tc-ok tc-verdict' : 'tc-bad tc-verdict'}>
            <span aria-hidden="true">{result.verdict === 'pass' ? '✔ ' : '✖ '}</span>
            {t(`testCharge.verdict.${result.verdict}`)}: {reasonText}
          </p>
          {(result.locks || result.heldBy) && (
            <p className="tc-hint" data-testid="tc-run-lock">
              {[
                ...(result.heldBy ? [heldByLine(words, result.heldBy)] : []),
                ...(result.locks ? lockLines(words, result.locks) : []),
              ].join(' ')}
            </p>
          )}
          {result.restored && result.verdict === 'blocked' ? (
            <p data-testid="tc-untouched">{t('testCharge.run.untouched')}</p>
          ) : result.restored ? (
            <>
              <p className="tc-ok" data-testid="tc-restored">
                <span aria-hidden="true">✔ </span>
                {t('testCharge.run.restored')}
              </p>
              {/* Restored is not settled: the Powerwall acts on the test's values a while longer. */}
              {run.settle && (
                <p
                  className={run.settle.state === 'settled' ? 'tc-ok' : 'tc-hint'}
                  data-testid="tc-settle"
                  data-state={run.settle.state}
                  aria-live="polite"
                >
                  <span aria-hidden="true">
                    {run.settle.state === 'settled' ? '✔ ' : run.settle.state === 'settling' ? '⏳ ' : '⚠ '}
                  </span>
                  {t(`testCharge.settle.${run.settle.state}`, {
                    power:
                      run.settle.batteryW === null
                        ? t('testCharge.notReported')
                        : t('testCharge.watts', { value: Math.round(run.settle.batteryW) }),
                    minutes: Math.round(run.settle.seconds / 60),
                  })}
                </p>
              )}
            </>
          ) : (
            <div role="alert" className="tc-bad">
              {result.changedByOthers?.length ? (
                <>
                  {result.changedByOthers.map((c) => (
                    <p key={c.key} data-testid="tc-changed-by-other">
                      {t('testCharge.run.changedByOther', {
                        setting: settingName(t, c.key),
                        value: settingValue(t, c.key, c.now),
                      })}
                    </p>
                  ))}
                  <p>{t('testCharge.run.changedByOthersKept')}</p>
                </>
              ) : (
                <p>{t('testCharge.run.notRestored', { message: result.restoreError ?? '' })}</p>
              )}
              <ul>
                {Object.entries(result.settingsBefore)
                  .filter(([key]) => result.strategy?.touches.some((c) => c.key === key) ?? true)
                  .filter(
                    ([key]) => !result.changedByOthers?.length || result.changedByOthers.some((c) => c.key === key),
                  )
                  .map(([key, value]) => (
                    <li key={key}>
                      {settingName(t, key)}: {settingValue(t, key, value as string | number | boolean | undefined)}
                    </li>
                  ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

/** The blocking check's title in the user's language (from its message key), else as the run recorded it. */
function checklistTitle(
  text: ReturnType<typeof useCheckText>,
  blocker: {
    checkId?: string | undefined;
    observed?: string | number | boolean | undefined;
    text?: { key: string; params: Record<string, string | number> } | undefined;
  },
): string {
  const recorded = typeof blocker.observed === 'string' ? blocker.observed : (blocker.checkId ?? '');
  if (!blocker.text) return recorded;
  return text.title({ id: blocker.checkId ?? '', title: recorded, text: blocker.text });
}

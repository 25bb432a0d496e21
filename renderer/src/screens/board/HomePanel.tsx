// Renderer: one home opened on the Board: its latest stored result (cause, who fixes, its incident, the
// checks that did not pass, in words) and its history across sweeps; "Diagnose now through the platform"
// borrows the platform's connection for the home (the Customers screen's way in, nothing replaced) and
// opens the checklist, which runs live.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountsStore } from '@renderer/state/accounts-store';
import { useVisitStore } from '@renderer/state/visit-store';
import { useBoardStore } from './board-store';
import { useCauseText } from './cause-text';

export function HomePanel() {
  const { t, i18n } = useTranslation();
  const causeText = useCauseText();
  const opened = useBoardStore((s) => s.opened);
  const closeHome = useBoardStore((s) => s.closeHome);
  const connectThroughPlatform = useAccountsStore((s) => s.connectThroughPlatform);
  const go = useVisitStore((s) => s.go);
  const [diagnosing, setDiagnosing] = useState(false);
  const [diagnoseError, setDiagnoseError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // The panel takes the focus when a home opens, so a keyboard user lands on what they asked for.
  useEffect(() => heading.current?.focus(), [opened?.ref]);

  if (!opened) return null;
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  const latest = opened.history[0];
  const home = opened.home;

  const diagnose = async () => {
    setDiagnosing(true);
    setDiagnoseError(null);
    const before = useAccountsStore.getState().lastConnected;
    await connectThroughPlatform(opened.ref, opened.ref);
    const after = useAccountsStore.getState();
    setDiagnosing(false);
    if (after.lastConnected && after.lastConnected !== before) go('checklist');
    else if (after.notice?.kind === 'error') setDiagnoseError(after.notice.message ?? '');
  };

  return (
    <section className="card board-home" aria-labelledby="board-home-heading" data-testid="board-home">
      <div className="board-head">
        <h3 id="board-home-heading" tabIndex={-1} ref={heading}>
          {t('board.home.heading', { ref: opened.ref })}
        </h3>
        <button type="button" onClick={closeHome}>
          {t('board.home.close')}
        </button>
      </div>
      {!home && !latest && <p className="muted">{t('board.home.unknown')}</p>}
      {latest && (
        <>
          <h4>{t('board.home.latest', { when: when(latest.sweptAt) })}</h4>
          <p>
            {t('board.home.cause', { cause: causeText(latest.cause) })}
            <br />
            {t('board.home.actor', { actor: t(`board.actor.${home?.actor ?? latest.actor}`) })}
          </p>
          {home?.incident && (
            <p className="notice notice-warn">
              {t('board.home.incident', {
                cause: home.incident,
                advice: t(`board.incidents.advice.${home.actor === 'wait' ? 'wait' : 'platform'}`),
              })}
            </p>
          )}
          {latest.checks.length === 0 ? (
            <p className="muted">{t('board.home.noChecks')}</p>
          ) : (
            <ul className="board-checks">
              {latest.checks.map((c, i) => (
                <li key={`${c.id}-${i}`}>
                  <code>{c.id}</code>
                  {c.text ? <> — {t(`checks.${c.text.key}.title`, c.text.params)}</> : null}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <p className="muted">{t('board.home.diagnoseExplain')}</p>
      <button type="button" onClick={() => void diagnose()} disabled={diagnosing} aria-busy={diagnosing}>
        {diagnosing ? t('board.home.diagnosing') : t('board.home.diagnose')}
      </button>
      <div aria-live="polite">
        {diagnoseError && (
          <p role="alert" className="notice notice-error">
            {t('board.home.diagnoseFailed', { message: diagnoseError })}
          </p>
        )}
      </div>
      {opened.history.length > 0 && (
        <>
          <h4>{t('board.home.history')}</h4>
          <table className="board-table" data-testid="board-history">
            <thead>
              <tr>
                <th scope="col">{t('board.home.swept')}</th>
                <th scope="col">{t('board.table.cause')}</th>
                <th scope="col">{t('board.table.actor')}</th>
                <th scope="col">{t('board.home.dataAge')}</th>
              </tr>
            </thead>
            <tbody>
              {opened.history.map((h) => (
                <tr key={h.sweepId}>
                  <td>{when(h.sweptAt)}</td>
                  <td>
                    <span title={h.cause ?? undefined}>{causeText(h.cause)}</span>
                  </td>
                  <td>{t(`board.actor.${h.actor}`)}</td>
                  <td>
                    {h.dataAgeSeconds === null
                      ? t('board.home.noAge')
                      : t('board.home.minutes', { count: Math.round(h.dataAgeSeconds / 60) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

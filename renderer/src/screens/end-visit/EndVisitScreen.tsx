// Renderer: the visit's last step: what this visit did (the steps done), then "End site visit", which
// forgets every customer on this laptop after one confirmation and lists what it removed and kept.
import { useTranslation } from 'react-i18next';
import { useVisitProgress } from '@renderer/components/visit/use-visit-progress';
import { useAccountsStore } from '@renderer/state/accounts-store';
import { useVisitStore, VISIT_STEPS } from '@renderer/state/visit-store';
import '../accounts/accounts.css';
import { EndVisitPanel } from '../accounts/EndVisitPanel';

export function EndVisitScreen() {
  const { t } = useTranslation();
  const count = useAccountsStore((s) => s.accounts.length);
  const progress = useVisitProgress();
  const reset = useVisitStore((s) => s.reset);
  const ended = useAccountsStore((s) => s.visitEnded !== null);
  return (
    <div className="end-visit-screen">
      <h2>{t('visit.end.heading')}</h2>
      <ul className="visit-steps-summary" aria-label={t('visit.end.summary')}>
        {VISIT_STEPS.filter((s) => s !== 'end').map((s) => (
          <li key={s} data-state={progress.steps[s]}>
            <span aria-hidden="true">{progress.steps[s] === 'done' ? '✓' : '○'}</span> {t(`visit.steps.${s}`)}:{' '}
            {t(`visit.end.${s}.${progress.steps[s] === 'done' ? 'done' : 'open'}`, { count: progress.toFix ?? 0 })}
          </li>
        ))}
      </ul>
      {/* After ending, the panel lists what was removed and what was kept; the steps start afresh. */}
      <EndVisitPanel count={count} onEnded={reset} />
      {count === 0 && !ended && <p className="muted">{t('visit.end.nothing')}</p>}
    </div>
  );
}

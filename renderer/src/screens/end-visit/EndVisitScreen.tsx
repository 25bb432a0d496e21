// Renderer: the visit's last step: what this visit did (the steps done), then "End site visit", which
// forgets every customer on this laptop after one confirmation and brings the app back to Connect.
import { useTranslation } from 'react-i18next';
import { useVisitProgress } from '../../components/visit/use-visit-progress';
import { useAccountsStore } from '../../state/accounts-store';
import { useVisitStore, VISIT_STEPS } from '../../state/visit-store';
import '../accounts/accounts.css';
import { EndVisitPanel } from '../accounts/EndVisitPanel';

export function EndVisitScreen() {
  const { t } = useTranslation();
  const count = useAccountsStore((s) => s.accounts.length);
  const progress = useVisitProgress();
  const { reset, go } = useVisitStore();
  return (
    <div className="end-visit-screen">
      <h2>{t('visit.end.heading')}</h2>
      <ul className="visit-summary" aria-label={t('visit.end.summary')}>
        {VISIT_STEPS.filter((s) => s !== 'end').map((s) => (
          <li key={s} data-state={progress.steps[s]}>
            <span aria-hidden="true">{progress.steps[s] === 'done' ? '✓' : '○'}</span> {t(`visit.steps.${s}`)}:{' '}
            {t(`visit.end.${s}.${progress.steps[s] === 'done' ? 'done' : 'open'}`, { count: progress.toFix ?? 0 })}
          </li>
        ))}
      </ul>
      {count > 0 ? (
        <EndVisitPanel
          count={count}
          onEnded={() => {
            reset();
            go('accounts');
          }}
        />
      ) : (
        <p className="muted">{t('visit.end.nothing')}</p>
      )}
    </div>
  );
}

// Renderer: the site visit's step header: Connect → Check → Fix → Test → Report → End visit, showing
// which step is open, which are done and which comes next; Settings and Support sit beside the steps.
import { useTranslation } from 'react-i18next';
import type { ScreenEntry } from '@renderer/components/screen-entry';
import type { StepState } from './use-visit-progress';
import { useVisitProgress } from './use-visit-progress';

const MARK: Record<StepState, string> = { done: '✓', next: '→', todo: '', attention: '!' };

export function StepHeader({
  screens,
  current,
  onOpen,
}: {
  screens: ScreenEntry[];
  current: string;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const progress = useVisitProgress();
  const steps = screens.filter((s) => s.step);
  const tools = screens.filter((s) => !s.step);
  return (
    <nav aria-label={t('app.navigation')} className="screen-nav">
      <ol className="steps">
        {steps.map((s, i) => {
          const state = progress.steps[s.step!];
          const stateId = `step-state-${s.id}`;
          const count = s.step === 'fix' && progress.toFix ? progress.toFix : null;
          return (
            <li key={s.id} className={`step step-${state}`} data-state={state}>
              <button
                type="button"
                aria-current={s.id === current ? 'page' : undefined}
                aria-describedby={stateId}
                {...(state === 'attention'
                  ? { title: t('visit.permissionsMissing', { count: progress.permissionsMissing }) }
                  : {})}
                onClick={() => onOpen(s.id)}
                data-step={s.step}
              >
                <span aria-hidden="true" className="step-no">
                  {MARK[state] || i + 1}
                </span>
                {t(s.labelKey)}
                {count !== null && (
                  <span aria-hidden="true" className="step-count">
                    {count}
                  </span>
                )}
              </button>
              <span id={stateId} className="sr-only">
                {t(`visit.state.${state}`)}
                {state === 'attention'
                  ? `, ${t('visit.permissionsMissing', { count: progress.permissionsMissing })}`
                  : ''}
                {count !== null ? `, ${t('visit.toFix', { count })}` : ''}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="tools">
        {tools.map((s) => (
          <button
            key={s.id}
            type="button"
            aria-current={s.id === current ? 'page' : undefined}
            onClick={() => onOpen(s.id)}
          >
            {t(s.labelKey)}
          </button>
        ))}
      </div>
    </nav>
  );
}

/** Under the open step: what comes next, one press away. */
export function NextStep({
  screens,
  current,
  onOpen,
}: {
  screens: ScreenEntry[];
  current: string;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const progress = useVisitProgress();
  const here = screens.find((s) => s.id === current);
  if (!here?.step) return null;
  // Connect and Check have to happen first; Fix, Test and Report can be skipped (a site with no battery).
  // A step that needs attention (a box unticked) does not stop the visit: the checklist says what it costs.
  const passed = (st: StepState) => st === 'done' || st === 'attention';
  if ((here.step === 'connect' || here.step === 'check') && !passed(progress.steps[here.step])) return null;
  // After the open step: the first step not done yet (skipping Fix when nothing is left to fix).
  const order = screens.filter((s) => s.step);
  const after = order.slice(order.indexOf(here) + 1);
  const target = after.find((s) => !passed(progress.steps[s.step!]));
  if (!target) return null;
  return (
    <div className="next-step" data-testid="next-step">
      <button type="button" className="primary" onClick={() => onOpen(target.id)}>
        {t('visit.next', { step: t(target.labelKey) })} <span aria-hidden="true">→</span>
      </button>
    </div>
  );
}

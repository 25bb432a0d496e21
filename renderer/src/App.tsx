// Renderer (the page). The app frame: the site visit's step header, the status line, the data-problem banners and the current step's screen.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DataProblemsBanner } from './components/DataProblemsBanner';
import { ScreenBoundary } from './screens/ScreenBoundary';
import { StatusBar } from './components/StatusBar';
import { NextStep, StepHeader } from './components/visit/StepHeader';
import { useConnectThenCheck } from './components/visit/use-connect-then-check';
import { preloadScreens, screens } from './screens';
import { useAppStore } from './state/app-store';
import { useChecklistStore } from './state/checklist-store';
import { useVisitStore } from './state/visit-store';

/** No checklist is being read or asked for (the app's opening asks for one before any screen mounts). */
const checklistQuiet = (s: { running: boolean; loading: boolean }) => !s.running && !s.loading;

/** Runs `work` once the page is idle with no checklist running or awaited; returns the cancel. */
function whenQuiet(work: () => void): () => void {
  let cancel = () => {};
  const idle = () => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(check, 200);
      cancel = () => clearTimeout(timer);
    } else {
      const handle = requestIdleCallback(check, { timeout: 2000 });
      cancel = () => cancelIdleCallback(handle);
    }
  };
  const check = () => {
    if (checklistQuiet(useChecklistStore.getState())) return work();
    const stop = useChecklistStore.subscribe((s) => {
      if (!checklistQuiet(s)) return;
      stop();
      idle();
    });
    cancel = stop;
  };
  idle();
  return () => cancel();
}

export function App() {
  const { t } = useTranslation();
  const { info, error, load } = useAppStore();
  const current = useVisitStore((s) => s.screen);
  const go = useVisitStore((s) => s.go);
  const restoreVisit = useVisitStore((s) => s.restore);
  // The entry (main.tsx) has usually asked already, before the first render: this joins that question.
  useEffect(() => {
    void load();
  }, [load]);
  // The other screens' code arrives while the first one is in use, when the page has nothing else to do and
  // no checklist is running or awaited (compiling it would delay that answer's handling and its first paint).
  useEffect(() => whenQuiet(preloadScreens), []);
  // A reopened page asks the main side what the visit has done (the checklist ran, a report was saved).
  useEffect(() => {
    void restoreVisit();
  }, [restoreVisit]);
  useConnectThenCheck();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <StatusBar info={info} error={error} />
      <DataProblemsBanner problems={info?.dataProblems} />
      {screens.length > 1 && <StepHeader screens={screens} current={current} onOpen={go} />}
      <main id="main" tabIndex={-1}>
        {/* One screen behind its own error boundary: a screen that fails to load leaves the rest standing. */}
        <ScreenBoundary key={current} screenId={current} />
        <NextStep screens={screens} current={current} onOpen={go} />
      </main>
    </div>
  );
}

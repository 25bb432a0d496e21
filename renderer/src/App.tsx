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
import { useVisitStore } from './state/visit-store';

export function App() {
  const { t } = useTranslation();
  const { info, error, load } = useAppStore();
  const current = useVisitStore((s) => s.screen);
  const go = useVisitStore((s) => s.go);
  const restoreVisit = useVisitStore((s) => s.restore);
  useEffect(() => {
    void load();
  }, [load]);
  // A reopened page asks the main side what the visit has done (the checklist ran, a report was saved).
  useEffect(() => {
    void restoreVisit();
  }, [restoreVisit]);
  // The other screens' code arrives while the first one is in use, when the page has nothing else to do
  // (so it never delays the first answers from the app).
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(preloadScreens, 200);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(preloadScreens, { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, []);
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

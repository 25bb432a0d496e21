import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBar } from './components/StatusBar';
import { NextStep, StepHeader } from './components/visit/StepHeader';
import { useConnectThenCheck } from './components/visit/use-connect-then-check';
import { screens } from './screens';
import { useAppStore } from './state/app-store';
import { useVisitStore } from './state/visit-store';

export function App() {
  const { t } = useTranslation();
  const { info, error, load } = useAppStore();
  const current = useVisitStore((s) => s.screen);
  const go = useVisitStore((s) => s.go);
  useEffect(() => {
    void load();
  }, [load]);
  useConnectThenCheck();
  const Screen = (screens.find((s) => s.id === current) ?? screens[0])?.Component;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <StatusBar info={info} error={error} />
      {screens.length > 1 && <StepHeader screens={screens} current={current} onOpen={go} />}
      <main id="main" tabIndex={-1}>
        {Screen && <Screen />}
        <NextStep screens={screens} current={current} onOpen={go} />
      </main>
    </div>
  );
}

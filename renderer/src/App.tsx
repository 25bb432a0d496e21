import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataProblemsBanner } from './components/DataProblemsBanner';
import { StatusBar } from './components/StatusBar';
import { screens } from './screens';
import { useAppStore } from './state/app-store';

export function App() {
  const { t } = useTranslation();
  const { info, error, load } = useAppStore();
  const [current, setCurrent] = useState(screens[0]?.id);
  useEffect(() => {
    void load();
  }, [load]);
  const Screen = screens.find((s) => s.id === current)?.Component;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <StatusBar info={info} error={error} />
      <DataProblemsBanner problems={info?.dataProblems} />
      {screens.length > 1 && (
        <nav aria-label={t('app.navigation')} className="screen-nav">
          {screens.map((s) => (
            <button key={s.id} type="button" aria-current={s.id === current ? 'page' : undefined} onClick={() => setCurrent(s.id)}>
              {t(s.labelKey)}
            </button>
          ))}
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        {Screen && <Screen />}
      </main>
    </div>
  );
}

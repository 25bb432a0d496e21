import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataProblemsBanner } from './components/DataProblemsBanner';
import { ScreenBoundary } from './components/ScreenBoundary';
import { StatusBar } from './components/StatusBar';
import { preloadScreens, screens } from './screens';
import { useAppStore } from './state/app-store';

export function App() {
  const { t } = useTranslation();
  const { info, error, load } = useAppStore();
  const [current, setCurrent] = useState(screens[0]?.id);
  useEffect(() => {
    void load();
  }, [load]);
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
        {/* One screen behind its own error boundary: a screen that fails to load leaves the rest standing. */}
        <ScreenBoundary key={current} screenId={current} />
      </main>
    </div>
  );
}

// Renderer (the page). The entry point: opens the connection to the main side, loads the active language, renders the app.
// First: its Performance mark says when the app's own code starts (the benchmark's breakdown reads it).
import './perf/script-start';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { markOnce } from './perf/start-marks';
import { getClient } from './transport';
import './state/theme-store';
import './styles.css';

// The connection to the app opens while the language loads and React renders the first frame, not after it.
getClient();
// The first paint waits for the active language's catalogue (one small chunk), so no key ever flashes.
void initI18n().then(() => {
  markOnce('i18n-ready');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

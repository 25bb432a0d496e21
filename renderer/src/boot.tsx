// Renderer (the page). The app's code proper, fetched by the entry (main.tsx) at once and in parallel with
// the language's catalogue and the first answers: starts i18next on the catalogue and renders the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n, type Language } from './i18n';
import { markOnce } from './perf/start-marks';

export async function boot(language: Language): Promise<void> {
  // The first paint waits for the active language's catalogue, so no key ever flashes.
  await initI18n(language);
  markOnce('i18n-ready');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

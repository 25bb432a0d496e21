import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { getClient } from './transport';
import './state/theme-store';
import './styles.css';

// The connection to the app opens while React renders the first frame, not after it.
getClient();
initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

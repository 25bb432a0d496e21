// Renderer (the page). The entry point, kept small: it starts everything the first screen needs at once —
// the connection to the main side with the first questions on it, the active language's catalogue, and the
// app's code (boot.tsx, React with it) — so none of them waits for another to arrive.
// First: its Performance mark says when the app's own code starts (the benchmark's breakdown reads it).
import './perf/script-start';
import { detectLanguage, loadCatalogue } from './i18n/catalogues';
import { useAccountsStore } from './state/accounts-store';
import { useAppStore } from './state/app-store';
import { openSelectedChecklist } from './state/checklist-at-open';
import './state/theme-store';
import './styles.css';

const language = detectLanguage();
// The app's code first (index.html has the browser fetch it from the start, scripts/preload-app-code.ts),
// the catalogue beside it, and the first questions: none waits for another's answer. The checklist of the
// customer the app opens on is already being read by the main side (it started as this page connected).
const app = import('./boot');
void loadCatalogue(language).catch(() => undefined); // i18next asks again, and says so, if this failed
// The first answers (the app's status, the customers, the selected customer's checklist: the last one held,
// else joining the run under way) are asked for now, not after the first render; the stores opening the
// connection (getClient) is the first thing they do.
void useAppStore.getState().load();
void useAccountsStore.getState().ensureLoaded().then(openSelectedChecklist);
void app.then((loaded) => loaded.boot(language));

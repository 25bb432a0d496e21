// Renderer (the page). The entry point, kept small: it opens the connection to the main side and asks the
// first questions on it, then runs the app's code (boot.tsx, React with it) and the active language's
// catalogue, which the browser has been fetching and compiling in the meantime.
// First: its Performance mark says when the app's own code starts (the benchmark's breakdown reads it).
import './perf/script-start';
import { detectLanguage, loadCatalogue } from './i18n/catalogues';
import { useAccountsStore } from './state/accounts-store';
import { useAppStore } from './state/app-store';
import { openSelectedChecklist } from './state/checklist-at-open';
import './state/theme-store';
import './styles.css';

const language = detectLanguage();
// The first questions go out first (the app's status, the customers, then the selected customer's
// checklist): the diagnosis is the longest wait, two round trips to Tesla, and starts before anything else.
void useAppStore.getState().load();
const asked = useAccountsStore
  .getState()
  .ensureLoaded()
  .then(openSelectedChecklist)
  .catch(() => undefined); // each store says its own failure on screen
// Then the app's code and the catalogue: running them holds the page's one thread for a few hundred
// milliseconds, and the questions' answers would wait behind it. index.html has the browser fetch and
// compile the app's code meanwhile (scripts/preload-app-code.ts); only running it waits for the questions.
// A main side slow to answer must not keep the app off the screen: it starts after half a second anyway.
const atLatest = new Promise<void>((resolve) => setTimeout(resolve, 500));
void Promise.race([asked, atLatest]).then(async () => {
  void loadCatalogue(language).catch(() => undefined); // i18next asks again, and says so, if this failed
  const app = await import('./boot');
  await app.boot(language);
});

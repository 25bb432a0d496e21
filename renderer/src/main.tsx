// Renderer (the page). The entry point, kept small: it starts what the first screen needs — the active
// language's catalogue, the connection to the main side with the first questions on it, then the app's code
// (boot.tsx, React with it) — so that no answer waits for the page to finish running the app's code.
// First: its Performance mark says when the app's own code starts (the benchmark's breakdown reads it).
import './perf/script-start';
import { detectLanguage, loadCatalogue } from './i18n/catalogues';
import { useAccountsStore } from './state/accounts-store';
import { useAppStore } from './state/app-store';
import { openSelectedChecklist } from './state/checklist-at-open';
import { afterFirstQuestions } from './start-order';
import './state/theme-store';
import './styles.css';

const language = detectLanguage();
void loadCatalogue(language).catch(() => undefined); // i18next asks again, and says so, if this failed
// The first questions go out before the app's code runs: the app's status, the customers and, once they are
// known, the checklist of the one the app opens on (the last one held, else joining the run the main side
// started as the browser asked for the page). Running the app's code keeps the page busy for some 100 ms,
// and an answer arriving meanwhile waits that long to be read; asked first, the checklist's answer comes
// back while that code runs and is in the store for the first frame. The stores opening the connection
// (getClient) is the first thing they do.
void useAppStore.getState().load();
const asked = useAccountsStore
  .getState()
  .ensureLoaded()
  .then(() => {
    void openSelectedChecklist(); // asked once called: its answer is not waited for here
  });
// The app's code (fetched since the page was read: index.html preloads it, scripts/preload-app-code.ts) runs
// once those are on their way, or after WAIT_FOR_QUESTIONS_MS at most.
const WAIT_FOR_QUESTIONS_MS = 150;
void afterFirstQuestions(asked, WAIT_FOR_QUESTIONS_MS)
  .then(() => import('./boot'))
  .then((loaded) => loaded.boot(language));

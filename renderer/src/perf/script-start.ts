// Renderer (the page). Imported first by main.tsx, so its mark is set before the rest of the app's own
// modules run (the libraries' code in the chunks it imports has been evaluated by then).
import { markOnce } from './start-marks';

markOnce('script-start');

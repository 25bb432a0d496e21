// Renderer (the page). The start-up's milestones as Performance marks (`tcd:<name>`), so the benchmark can
// tell where the time to the first checklist goes (bench/bench-first-checklist.ts reads them). Each is set
// once, the first time it happens: a mark is a timestamp in the page's own timeline, nothing is logged,
// kept or sent anywhere.
export type StartMark =
  /** The app's own code starts running (the page and its initial JavaScript are loaded and parsed). */
  | 'script-start'
  /** The connection to the app is open (browser mode's WebSocket; at once in the desktop app). */
  | 'socket-open'
  /** The first answer from the app arrived. */
  | 'first-answer'
  /** The active language's catalogue is loaded: the first frame can be rendered. */
  | 'i18n-ready'
  /** A sign-in this page started succeeded (the connect result is known: its checklist starts). */
  | 'sign-in-known'
  /** The page first asked for a checklist: the last one held (the app's opening), or a run. */
  | 'checklist-asked'
  /** The first checklist arrived in the page. */
  | 'checklist-answer'
  /** The checklist with its verdicts is in the page (committed; painted in the next frame). */
  | 'checklist-rendered';

const done = new Set<StartMark>();

export function markOnce(name: StartMark): void {
  if (done.has(name)) return;
  done.add(name);
  // Some test environments have no User Timing: a mark is never worth an error.
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`tcd:${name}`);
}

// Benchmark part: in Chromium through the browser transport, from navigation to the demo account's
// checklist being on screen, with the embedded simulator answering every request after the given latency.
// The customer is connected first, through the backend's own IPC with the consent given over HTTP, so no
// page is open to run the checklist on connecting (the app does that too): the timed part is a fresh page
// load with a connected customer and no checklist held, opening Check and its first diagnosis — which the
// app starts itself as it opens: the main side as the browser asks for the page
// (electron/checklist/checklist-at-open.ts), the page asking for it as soon as it knows the customer
// (renderer/src/state/checklist-at-open.ts). "Check" and "Run" are pressed as soon as they can be, in case
// the app did not. Besides the total, the page's own Performance marks (renderer/src/perf/start-marks.ts)
// and Chromium's paint timing break it down: when the page first painted, when the app's code started, the
// socket opened and the first answer came, when the checklist was asked for, how long its answer took as
// the page saw it, and the render after it. `npx tsx bench/bench-first-checklist.ts` measures this figure
// alone (`--runs N`; `--renderer A --renderer B …` alternates built renderers, load by load, in the same
// conditions).
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { MemoryVault } from '../electron/infra/keychain';
import { startBrowserMode } from '../electron/launcher/browser-mode';
import { driveConsent } from '../electron/accounts/sign-in/consent-driver';
import { connectOverIpc } from '../test/support/connect-over-ipc';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium-launch';
import { tempDir } from '../test/support/temp-dir';

/**
 * Runs in the page before its own scripts (a string: a bundler's helpers would not exist there). Clicks
 * "Check", then "Run the checklist" as soon as each is there and enabled, and notes when the first
 * frame with the verdicts is painted (the animation frame after they are in the page: its paint follows).
 */
const CLICK_AND_TIME = `(() => {
  let openedChecklist = false;
  let ran = false;
  const observer = new MutationObserver(() => {
    if (!openedChecklist) {
      const nav = [...document.querySelectorAll('nav button')].find((b) => b.textContent.trim().endsWith('Check'));
      if (nav) { openedChecklist = true; nav.click(); }
    }
    const run = document.querySelector('[data-testid="run-checklist"]');
    if (!ran && run && !run.disabled) { ran = true; run.click(); }
    // The backend is fresh (no result held): verdicts on screen are this load's first diagnosis.
    if (document.querySelector('[data-testid="verdict-charge"]')) {
      observer.disconnect();
      requestAnimationFrame(() => { window.__checklistShownAt = performance.now(); });
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
})();`;

/**
 * Read in the page once the verdicts are painted (a string, like CLICK_AND_TIME). Chromium records the first
 * contentful paint a little after that frame is shown; when the verdicts' frame is that first paint, its
 * entry is waited for (half a second at most).
 */
const READ_TIMINGS = `(async () => {
  for (let i = 0; i < 50 && !performance.getEntriesByName('first-contentful-paint').length; i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  const entries = (type, prefix) => Object.fromEntries(
    performance.getEntriesByType(type).filter((e) => e.name.startsWith(prefix)).map((e) => [e.name.slice(prefix.length), e.startTime]),
  );
  const resources = performance.getEntriesByType('resource').map((e) => ({
    name: e.name.split('/').pop(), start: e.startTime, end: e.responseEnd,
  }));
  return { shownAt: window.__checklistShownAt, marks: entries('mark', 'tcd:'), paint: entries('paint', ''), resources };
})()`;

/** One load, in milliseconds: the total, and where it went (null: that mark was not set in this load). */
export interface FirstChecklistSample {
  /** Navigation start → the frame with the verdicts painted. */
  total: number;
  /** Navigation start → Chromium's first contentful paint. */
  pageLoadToFirstPaint: number | null;
  /** Navigation start → the app's own code starts (page and initial JavaScript loaded and parsed). */
  scriptStart: number | null;
  /** Navigation start → the WebSocket to the backend is open. */
  socketOpen: number | null;
  /** Navigation start → the first answer from the backend. */
  firstAnswer: number | null;
  /** Navigation start → the page asks for the checklist (the last one held, or else a run). */
  runStart: number | null;
  /**
   * Asked → the checklist in the page: what is left of the diagnosis the main side started as the app
   * opened (its two round trips to Tesla and its own work), plus the answer's way to the page.
   */
  diagnosis: number | null;
  /** The answer in the page → the frame with the verdicts painted. */
  render: number | null;
}

export type FirstChecklistPhase = Exclude<keyof FirstChecklistSample, 'total'>;
export const FIRST_CHECKLIST_PHASES: FirstChecklistPhase[] = [
  'pageLoadToFirstPaint',
  'scriptStart',
  'socketOpen',
  'firstAnswer',
  'runStart',
  'diagnosis',
  'render',
];

/** The medians of several loads, and the 1-minute load average at each load's end (median). */
export interface FirstChecklist {
  ms: number;
  breakdown: Record<FirstChecklistPhase, number | null>;
  loadAverage: number;
  runs: number;
}

interface PageTimings {
  shownAt: number;
  marks: Record<string, number>;
  paint: Record<string, number>;
  /** Every file the page fetched: when asked for and when its last byte arrived (for --verbose). */
  resources: { name: string; start: number; end: number }[];
}

function sampleOf(t: PageTimings): FirstChecklistSample {
  const mark = (name: string) => t.marks[name] ?? null;
  const between = (from: number | null, to: number | null) => (from === null || to === null ? null : to - from);
  return {
    total: t.shownAt,
    pageLoadToFirstPaint: t.paint['first-contentful-paint'] ?? null,
    scriptStart: mark('script-start'),
    socketOpen: mark('socket-open'),
    firstAnswer: mark('first-answer'),
    runStart: mark('checklist-asked'),
    diagnosis: between(mark('checklist-asked'), mark('checklist-answer')),
    render: between(mark('checklist-answer'), t.shownAt),
  };
}

/** Each load's marks and fetched files on stderr (`--verbose`). */
let verbose = false;

/** One measurement on a fresh backend (so no earlier checklist result is held and shown instead). */
async function measureOnce(browser: Tabs, latencyMs: number, rendererDir?: string): Promise<FirstChecklistSample> {
  const data = tempDir('tcd-bench-ui-');
  const host = await startBrowserMode({
    mode: 'demo',
    dataDir: data.dir,
    keychain: new MemoryVault(),
    demo: { latencyMs },
    ...(rendererDir ? { rendererDir } : {}),
  });
  try {
    await connectOverIpc(host.url);

    const fresh = await browser.newPage();
    // Timed in the page, from navigation start to the first frame painted with the verdicts in it. The two
    // clicks are made in the page too, the moment each button is there and enabled: Playwright's own
    // actionability checks take hundreds of milliseconds on a busy machine, which is not the app's time.
    await fresh.addInitScript(CLICK_AND_TIME);
    await fresh.goto(host.url);
    await fresh.waitForFunction(() => (window as unknown as { __checklistShownAt?: number }).__checklistShownAt, null, {
      timeout: 30_000,
    });
    // Marks and paint entries share the navigation's time origin with performance.now().
    const timings = (await fresh.evaluate(READ_TIMINGS)) as PageTimings;
    await fresh.close();
    if (verbose) {
      const at = (v: number) => Math.round(v);
      const marks = Object.entries({ ...timings.marks, ...timings.paint, shown: timings.shownAt })
        .sort((a, b) => a[1] - b[1])
        .map(([k, v]) => `${k} ${at(v)}`);
      const files = timings.resources.map((r) => `${r.name} ${at(r.start)}-${at(r.end)}`);
      process.stderr.write(`  load: ${marks.join(', ')}\n  files: ${files.join(', ')}\n`);
    }
    return sampleOf(timings);
  } finally {
    await host.close();
    data.remove();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function summarise(samples: FirstChecklistSample[], loads: number[]): FirstChecklist {
  const of = (phase: FirstChecklistPhase) => {
    const known = samples.map((s) => s[phase]).filter((v): v is number => v !== null);
    return known.length ? Math.round(median(known)) : null;
  };
  return {
    ms: Math.round(median(samples.map((s) => s.total))),
    breakdown: Object.fromEntries(FIRST_CHECKLIST_PHASES.map((p) => [p, of(p)])) as FirstChecklist['breakdown'],
    loadAverage: Math.round(median(loads) * 100) / 100,
    runs: samples.length,
  };
}

/** Where each load's page is opened: a new tab (and its own renderer process), each time. */
interface Tabs {
  newPage(): Promise<Page>;
}

/**
 * The browser the app is opened in. `installer` (the default): one browser profile for every load, as an
 * installer's browser, or the desktop app's window, has; each load opens a new tab that starts its own
 * renderer process (Chromium's spare process is turned off: a desktop window starts its renderer for the
 * page too), with the app's files cold (each backend has its own port, so nothing is cached). `newProfile`:
 * a brand-new browser profile for every load (how this bench measured until 2026-12-06): Chromium then also
 * builds the profile's network and storage as the page loads, some 100-200 ms that no installer pays.
 */
export type BenchProfile = 'installer' | 'newProfile';

async function withChromium<T>(work: (tabs: Tabs) => Promise<T>, profile: BenchProfile = 'installer'): Promise<T> {
  if (profile === 'newProfile') {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      return await work(browser); // Browser.newPage: a new profile (context) for each page
    } finally {
      await browser.close();
    }
  }
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'tcd-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--disable-features=SpareRendererForSitePerProcess'],
  });
  try {
    // The window's first tab stays open (an installer's browser has a window): each load is a tab beside it.
    return await work(context);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/**
 * Each given renderer (built folders; none: the default dist/renderer) measured `runs` times, the renderers
 * taking turns load by load, so a change in the machine's load falls on all of them alike.
 */
export async function benchFirstChecklistOf(
  latencyMs: number,
  runs: number,
  rendererDirs: (string | undefined)[],
  profile: BenchProfile = 'installer',
): Promise<FirstChecklist[]> {
  return withChromium(async (browser) => {
    const samples = rendererDirs.map(() => [] as FirstChecklistSample[]);
    const loads = rendererDirs.map(() => [] as number[]);
    await measureOnce(browser, latencyMs, rendererDirs[0]); // warms the disk cache and Chromium; not counted
    for (let i = 0; i < runs; i++) {
      for (const [k, dir] of rendererDirs.entries()) {
        samples[k]!.push(await measureOnce(browser, latencyMs, dir));
        loads[k]!.push(os.loadavg()[0]!);
      }
    }
    return samples.map((s, k) => summarise(s, loads[k]!));
  }, profile);
}

export async function benchFirstChecklist(
  latencyMs: number,
  runs = 5,
  profile: BenchProfile = 'installer',
): Promise<FirstChecklist> {
  const [only] = await benchFirstChecklistOf(latencyMs, runs, [undefined], profile);
  return only!;
}

/** Notes when the first frame with the verdicts is painted (no clicks: connecting runs the checklist). */
const TIME_VERDICTS = `(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-testid="verdict-charge"]')) {
      observer.disconnect();
      requestAnimationFrame(() => { window.__checklistShownAt = performance.now(); });
    }
  });
  observer.observe(document, { subtree: true, childList: true });
})();`;

/** Connect → checklist, in milliseconds: the connect result known in the page → verdicts painted. */
export interface ConnectToChecklist {
  ms: number;
  /** The run asked for → its answer (median). */
  diagnosis: number | null;
  loadAverage: number;
  runs: number;
}

/**
 * The site visit's own path, with the app already open: the customer signs in (the consent given over HTTP
 * on the page's sign-in), and the clock runs from the moment the page knows the sign-in succeeded to the
 * first frame painted with the verdicts. The floor: two dependent round trips plus one paint.
 */
async function measureConnectOnce(browser: Tabs, latencyMs: number): Promise<{ ms: number; diagnosis: number | null }> {
  const data = tempDir('tcd-bench-connect-');
  const host = await startBrowserMode({
    mode: 'demo',
    dataDir: data.dir,
    keychain: new MemoryVault(),
    demo: { latencyMs },
  });
  try {
    const page = await browser.newPage();
    await page.addInitScript(TIME_VERDICTS);
    await page.goto(host.url);
    // The doctor's own app (the Demo profile's default way, through the platform, has no sign-in page).
    const ownApp = page.locator('input[type="radio"][name="connect-way"][value="own_app"]');
    await ownApp.check();
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Connect a Tesla account' }).click(); // en: Chromium's default locale
    const tab = await popup;
    const authorizeUrl = tab.url();
    await tab.close();
    await driveConsent(authorizeUrl);
    await page.waitForFunction(() => (window as unknown as { __checklistShownAt?: number }).__checklistShownAt, null, {
      timeout: 30_000,
    });
    const t = (await page.evaluate(READ_TIMINGS)) as PageTimings;
    await page.close();
    const known = t.marks['sign-in-known'];
    if (known === undefined) throw new Error('the page did not mark the sign-in it started');
    const run = t.marks['checklist-asked'];
    const answer = t.marks['checklist-answer'];
    return { ms: t.shownAt - known, diagnosis: run !== undefined && answer !== undefined ? answer - run : null };
  } finally {
    await host.close();
    data.remove();
  }
}

export async function benchConnectToChecklist(latencyMs: number, runs = 5): Promise<ConnectToChecklist> {
  return withChromium(async (browser) => {
    await measureConnectOnce(browser, latencyMs); // warm-up, not counted
    const samples: { ms: number; diagnosis: number | null }[] = [];
    const loads: number[] = [];
    for (let i = 0; i < runs; i++) {
      samples.push(await measureConnectOnce(browser, latencyMs));
      loads.push(os.loadavg()[0]!);
    }
    const diagnoses = samples.map((s) => s.diagnosis).filter((v): v is number => v !== null);
    return {
      ms: Math.round(median(samples.map((s) => s.ms))),
      diagnosis: diagnoses.length ? Math.round(median(diagnoses)) : null,
      loadAverage: Math.round(median(loads) * 100) / 100,
      runs,
    };
  });
}

/** The breakdown as one line: each phase's median, and the load average beside them. */
export function describeFirstChecklist(r: FirstChecklist): string {
  const b = r.breakdown;
  const ms = (v: number | null) => (v === null ? '?' : `${v} ms`);
  return (
    `${r.ms} ms (median of ${r.runs}, load average ${r.loadAverage.toFixed(2)}): first paint at ${ms(b.pageLoadToFirstPaint)}, ` +
    `script start at ${ms(b.scriptStart)}, socket open at ${ms(b.socketOpen)}, first answer at ${ms(b.firstAnswer)}, ` +
    `run asked at ${ms(b.runStart)}; diagnosis ${ms(b.diagnosis)}, render ${ms(b.render)}`
  );
}

// `npx tsx bench/bench-first-checklist.ts [--runs N] [--latency MS] [--verbose] [--new-profile] [--renderer DIR]…`
// (`--connect`: connect → checklist instead).
if (process.argv[1]?.endsWith('bench-first-checklist.ts')) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      latency: { type: 'string', default: '150' },
      renderer: { type: 'string', multiple: true, default: [] },
      verbose: { type: 'boolean', default: false },
      connect: { type: 'boolean', default: false },
      'new-profile': { type: 'boolean', default: false },
    },
  });
  if (values.connect) {
    benchConnectToChecklist(Number(values.latency), Number(values.runs)).then(
      (r) =>
        console.log(
          `connect → checklist: ${r.ms} ms (median of ${r.runs}, load average ${r.loadAverage.toFixed(2)}); diagnosis ${r.diagnosis ?? '?'} ms`,
        ),
      (error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      },
    );
  } else {
    verbose = values.verbose;
    const dirs = values.renderer.map((d) => path.resolve(d));
    benchFirstChecklistOf(
      Number(values.latency),
      Number(values.runs),
      dirs.length ? dirs : [undefined],
      values['new-profile'] ? 'newProfile' : 'installer',
    ).then(
      (results) => {
        for (const [k, r] of results.entries())
          console.log(`${dirs[k] ?? 'dist/renderer'}: ${describeFirstChecklist(r)}`);
      },
      (error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      },
    );
  }
}

// Renderer: the app's screens, in navigation order. A feature adds its screen here (one line). A screen
// with a `step` is one step of the site visit (the step header shows them in order); the others (Settings,
// Support) are tools beside the visit. The first visit's path (Connect, Check, Fix) ships with the page; the
// other screens load on demand (their code, chart and report view with them), fetched once the page is
// idle, so a click rarely waits.
import { lazy, type ComponentType } from 'react';
import type { ScreenEntry } from '@renderer/components/screen-entry';
import { AccountsScreen } from './accounts/AccountsScreen';
import { ChecklistScreen, FixScreen } from './checklist/ChecklistScreen';

export type { ScreenEntry } from '@renderer/components/screen-entry';

/** A screen whose module is fetched when first shown or preloaded. */
function onDemand(load: () => Promise<ComponentType>): Pick<ScreenEntry, 'Component' | 'preload' | 'rebuild'> {
  let loading: Promise<ComponentType> | null = null;
  const preload = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null; // a later attempt fetches again
      throw error;
    }));
  const rebuild = () => lazy(async () => ({ default: await preload() }));
  return { Component: rebuild(), preload, rebuild };
}

export const screens: ScreenEntry[] = [
  { id: 'accounts', step: 'connect', labelKey: 'visit.steps.connect', Component: AccountsScreen },
  { id: 'checklist', step: 'check', labelKey: 'visit.steps.check', Component: ChecklistScreen },
  { id: 'fix', step: 'fix', labelKey: 'visit.steps.fix', Component: FixScreen },
  {
    id: 'test-charge',
    step: 'test',
    labelKey: 'visit.steps.test',
    ...onDemand(() => import('./test-charge/TestChargeScreen').then((m) => m.TestChargeScreen)),
  },
  {
    id: 'reports',
    step: 'report',
    labelKey: 'visit.steps.report',
    ...onDemand(() => import('./reports/ReportsScreen').then((m) => m.ReportsScreen)),
  },
  {
    id: 'end-visit',
    step: 'end',
    labelKey: 'visit.steps.end',
    ...onDemand(() => import('./end-visit/EndVisitScreen').then((m) => m.EndVisitScreen)),
  },
  {
    id: 'explain',
    labelKey: 'explain.nav',
    ...onDemand(() => import('./explain/ExplainScreen').then((m) => m.ExplainScreen)),
  },
  {
    id: 'board',
    labelKey: 'board.nav',
    ...onDemand(() => import('./board/BoardScreen').then((m) => m.BoardScreen)),
  },
  {
    id: 'settings',
    labelKey: 'settings.nav',
    ...onDemand(() => import('./settings/SettingsScreen').then((m) => m.SettingsScreen)),
  },
  {
    id: 'support',
    labelKey: 'support.nav',
    ...onDemand(() => import('./support/SupportScreen').then((m) => m.SupportScreen)),
  },
];

/**
 * Fetches every lazy screen's code. A failed preload is fetched again when the screen first opens; once a
 * screen failed to load on opening, only retryScreen (its "Try again") fetches it again.
 */
export function preloadScreens(): void {
  for (const s of screens) void s.preload?.().catch(() => undefined);
}

/** After a screen's code failed to load: a fresh lazy component, so the next render fetches it again. */
export function retryScreen(id: string | undefined): void {
  const entry = screens.find((s) => s.id === id);
  if (entry?.rebuild) entry.Component = entry.rebuild();
}

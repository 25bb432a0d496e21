// Renderer: the app's screens, in navigation order. A feature adds its screen here (one line). A screen
// with a `step` is one step of the site visit (the step header shows them in order); the others (Settings,
// Support) are tools beside the visit.
import type { ComponentType } from 'react';
import type { VisitStep } from '../state/visit-store';
import { AccountsScreen } from './accounts/AccountsScreen';
import { ChecklistScreen, FixScreen } from './checklist/ChecklistScreen';
import { EndVisitScreen } from './end-visit/EndVisitScreen';
import { ReportsScreen } from './reports/ReportsScreen';
import { SettingsScreen } from './settings/SettingsScreen';
import { SupportScreen } from './support/SupportScreen';
import { TestChargeScreen } from './test-charge/TestChargeScreen';

export interface ScreenEntry {
  id: string;
  /** i18n key of the navigation label. */
  labelKey: string;
  /** The visit step this screen is; none: a tool beside the visit. */
  step?: VisitStep;
  Component: ComponentType;
}

export const screens: ScreenEntry[] = [
  { id: 'accounts', step: 'connect', labelKey: 'visit.steps.connect', Component: AccountsScreen },
  { id: 'checklist', step: 'check', labelKey: 'visit.steps.check', Component: ChecklistScreen },
  { id: 'fix', step: 'fix', labelKey: 'visit.steps.fix', Component: FixScreen },
  { id: 'test-charge', step: 'test', labelKey: 'visit.steps.test', Component: TestChargeScreen },
  { id: 'reports', step: 'report', labelKey: 'visit.steps.report', Component: ReportsScreen },
  { id: 'end-visit', step: 'end', labelKey: 'visit.steps.end', Component: EndVisitScreen },
  { id: 'settings', labelKey: 'settings.nav', Component: SettingsScreen },
  { id: 'support', labelKey: 'support.nav', Component: SupportScreen },
];

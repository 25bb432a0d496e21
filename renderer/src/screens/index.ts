// Renderer: the app's screens, in navigation order. A feature adds its screen here (one line).
import type { ComponentType } from 'react';
import { AccountsScreen } from './accounts/AccountsScreen';
import { ChecklistScreen } from './checklist/ChecklistScreen';
import { ReportsScreen } from './reports/ReportsScreen';
import { SettingsScreen } from './settings/SettingsScreen';
import { SupportScreen } from './support/SupportScreen';
import { TestChargeScreen } from './test-charge/TestChargeScreen';
import { ExplainScreen } from './explain/ExplainScreen';

export interface ScreenEntry {
  id: string;
  /** i18n key of the navigation label. */
  labelKey: string;
  Component: ComponentType;
}

export const screens: ScreenEntry[] = [
  { id: 'accounts', labelKey: 'accounts.nav', Component: AccountsScreen },
  { id: 'checklist', labelKey: 'checklist.nav', Component: ChecklistScreen },
  { id: 'test-charge', labelKey: 'testCharge.nav', Component: TestChargeScreen },
  { id: 'reports', labelKey: 'reports.nav', Component: ReportsScreen },
  { id: 'explain', labelKey: 'explain.nav', Component: ExplainScreen },
  { id: 'settings', labelKey: 'settings.nav', Component: SettingsScreen },
  { id: 'support', labelKey: 'support.nav', Component: SupportScreen },
];

// Renderer: the app's screens, in navigation order. A feature adds its screen here (one line).
import type { ComponentType } from 'react';
import { ReportsScreen } from './reports/ReportsScreen';

export interface ScreenEntry {
  id: string;
  /** i18n key of the navigation label. */
  labelKey: string;
  Component: ComponentType;
}

export const screens: ScreenEntry[] = [
  { id: 'reports', labelKey: 'reports.nav', Component: ReportsScreen },
];

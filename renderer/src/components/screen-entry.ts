// Renderer. What one screen is to the navigation (the step header, the screen host): components take this
// shape; the list itself lives in screens/index.ts, above them.
import type { ComponentType } from 'react';
import type { VisitStep } from '@renderer/state/visit-store';

export interface ScreenEntry {
  id: string;
  /** i18n key of the navigation label. */
  labelKey: string;
  /** The visit step this screen is; none: a tool beside the visit. */
  step?: VisitStep;
  Component: ComponentType;
  /** Starts loading the screen's code (lazy screens only); the same promise on every call. */
  preload?: () => Promise<unknown>;
  /**
   * A fresh lazy component that fetches the code again (lazy screens only). React.lazy keeps a failed
   * load for good, so after a failure the screen's Component is replaced by this (retryScreen).
   */
  rebuild?: () => ComponentType;
}

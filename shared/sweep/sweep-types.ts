// Runs anywhere. The sweep's vocabulary: what one home's diagnosis says (its root cause and who acts), an
// incident (one cause on a large share of homes in one window) and the changes since the last sweep. The
// store, the sweep engine, the headless tool and the Board screen all use these.
import type { Fix } from '@shared/report/check-types';

export type Actor = NonNullable<Fix['actor']>;

/** A home with no failing root check. */
export const HEALTHY = 'healthy';

/** One home's outcome at one sweep. */
export interface HomeResult {
  ref: string;
  /** The root check id, `healthy`, or a connection cause from the platform (`connection.*`). */
  cause: string;
  actor: Actor | null;
  /** How old the site's live data was (seconds), or null when none was read. */
  dataAgeSeconds: number | null;
  /** Fleet API requests this home cost. */
  requests: number;
  /** The checks as judged (kept for the home's latest diagnosis); empty when none ran. */
  checks: unknown[];
}

export type IncidentAdvice = 'wait' | 'platform';

export interface Incident {
  cause: string;
  actor: Actor;
  /** Never "reconnect": a wave is not fixed home by home. */
  advice: IncidentAdvice;
  /** Share of the swept homes with this cause (0..1). */
  share: number;
  homes: string[];
}

export type ChangeKind = 'newly_broken' | 'recovered' | 'changed';

export interface HomeChange {
  ref: string;
  kind: ChangeKind;
  fromCause: string | null;
  toCause: string;
}

// Runs anywhere. Tesla's error catalogue: every known Tesla answer (and the texts libraries, Home Assistant
// and the Tesla app show for it) mapped to one cause. Order matters: the first entry whose pattern matches
// names the cause, so the more specific texts come first (pairing messages before generic "forbidden").
import { ACCOUNT_CAUSES } from './error-causes-account';
import { DEVICE_CAUSES } from './error-causes-device';
import { STATUS_CAUSES } from './error-causes-status';
import type { ErrorCause } from './error-cause';

export type { CauseActor, CauseCheckId, CauseFix, ErrorCause } from './error-cause';
export { CAUSE_ACTORS, CAUSE_CHECK_IDS } from './error-cause';
export { STATUS_FALLBACK } from './error-causes-status';

/** Text-matched causes first (device texts before account ones: "Unable to Share Vehicle … forbidden"), then status-only ones. */
export const ERROR_CATALOGUE: readonly ErrorCause[] = [...DEVICE_CAUSES, ...ACCOUNT_CAUSES, ...STATUS_CAUSES];

const BY_ID = new Map(ERROR_CATALOGUE.map((c) => [c.id, c]));

export function causeById(id: string): ErrorCause | undefined {
  return BY_ID.get(id);
}

/**
 * Home Assistant's own wrappers around a Tesla text (homeassistant/components/tesla_fleet/strings.json,
 * "exceptions"): the text after the colon is Tesla's or the library's, and is what gets classified.
 */
export const HOME_ASSISTANT_WRAPPERS: readonly RegExp[] = [
  /command failed: /,
  /command returned an error: /,
  /command was unsuccessful: /,
  /data request failed: /,
  /failed setup, will retry: /,
];

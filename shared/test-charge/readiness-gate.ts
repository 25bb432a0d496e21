// Runs anywhere. The preflight a test really uses: its own live conditions plus the checklist's verdicts on
// the same readings (shared/checklist/test-readiness.ts). The app's plan, a run and the headless tool all
// call this, so none of them can call a site "ready" that the checklist says will fail.
import { testReadiness, type TestReadiness } from '../checklist/test-readiness';
import { preflight, type Blocker, type PreflightResult } from './preflight';
import type { BlockerCode } from './reasons';
import { parseLiveStatus, parseSiteInfo } from './site-facts';
import type { Direction, Strategy } from './strategy';

export interface GateInput {
  siteId: string;
  direction: Direction;
  grantedScopes: readonly string[];
  /** The raw site_info and live_status `response` objects the test just read. */
  siteRaw: unknown;
  liveRaw: unknown;
  now: number;
  strategy: Pick<Strategy, 'touches'>;
  force?: boolean;
}

export interface Gate {
  preflight: PreflightResult;
  readiness: TestReadiness;
}

export function gatedPreflight(input: GateInput): Gate {
  const readiness = testReadiness({
    siteId: input.siteId,
    grantedScopes: input.grantedScopes,
    siteInfo: input.siteRaw,
    liveStatus: input.liveRaw,
    now: input.now,
    direction: input.direction,
    willSet: input.strategy.touches.map((t) => t.key),
  });
  const result = preflight({
    direction: input.direction,
    grantedScopes: input.grantedScopes,
    site: parseSiteInfo(input.siteRaw),
    live: parseLiveStatus(input.liveRaw),
    checklist: readiness.blocking,
    ...(input.force ? { force: true } : {}),
  });
  return { preflight: result, readiness };
}

/** A blocked run's reason: the blocking check's id for a checklist blocker, else the blocker's code. */
export function blockedReason(b: Blocker | undefined): BlockerCode | string {
  if (!b) return 'not_editable';
  return b.code === 'checklist' && b.checkId ? b.checkId : b.code;
}

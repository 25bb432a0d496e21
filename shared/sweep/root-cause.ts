// Runs anywhere. A stand-in for the layered root cause (`shared/checklist/layers.ts`, being written on the
// `layers` branch): the first failing check in the checklist's layer order (account, grant, site, car).
// The sweep calls it through this one function, so the swap is one import.
import { CHECK_IDS, type Check, type Fix } from '../checklist/check-types';

export interface RootCause {
  checkId: Check['id'];
  actor: NonNullable<Fix['actor']> | null;
}

const order = new Map(CHECK_IDS.map((id, i) => [id, i]));

export function rootCause(checks: readonly Check[]): RootCause | null {
  let best: Check | null = null;
  for (const c of checks) {
    if (c.status !== 'fail') continue;
    if (!best || order.get(c.id)! < order.get(best.id)!) best = c;
  }
  return best ? { checkId: best.id, actor: best.fix?.actor ?? null } : null;
}

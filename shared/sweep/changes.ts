// Runs anywhere. What moved since the last sweep: a home that was healthy and is not (consent revoked,
// scopes narrowed, key removed, export permission changed, site stopped reporting) is newly broken; one that
// was broken and is healthy recovered; one broken for another reason changed. A first sighting is no change.
import { HEALTHY, type HomeChange, type HomeResult } from './sweep-types';

export function changesSince(
  previous: ReadonlyMap<string, string | null>,
  current: readonly HomeResult[],
): HomeChange[] {
  const out: HomeChange[] = [];
  for (const r of current) {
    const before = previous.get(r.ref) ?? null;
    if (before === null || before === r.cause) continue;
    const kind = before === HEALTHY ? 'newly_broken' : r.cause === HEALTHY ? 'recovered' : 'changed';
    out.push({ ref: r.ref, kind, fromCause: before, toCause: r.cause });
  }
  return out.sort((a, b) => a.ref.localeCompare(b.ref));
}

export function splitChanges(changes: readonly HomeChange[]): { newlyBroken: HomeChange[]; recovered: HomeChange[] } {
  return {
    newlyBroken: changes.filter((c) => c.kind === 'newly_broken' || c.kind === 'changed'),
    recovered: changes.filter((c) => c.kind === 'recovered'),
  };
}

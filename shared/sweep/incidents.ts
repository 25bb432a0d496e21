// Runs anywhere. Waves: the same cause on a large share of the homes swept in one window (a Tesla sign-in or
// data outage, the platform's app suspended, its region registration lost) is one incident, not hundreds of
// "please reconnect" tickets. Its homes are attributed to it and their advice is to wait or the platform's.
import { HEALTHY, type Actor, type HomeResult, type Incident } from './sweep-types';

export interface IncidentOptions {
  /** The share of the window's homes one cause must reach (default 0.2). */
  minShare?: number;
  /** And at least this many homes (default 5: a small desk's two broken homes are not a wave). */
  minHomes?: number;
}

/** Who resolves a wave: Tesla's side passes by itself (wait); anything else the platform answers for. */
function incidentActor(actors: ReadonlyArray<Actor | null>): Actor {
  const counts = new Map<Actor | null, number>();
  for (const a of actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  const [top] = [...counts.entries()].sort((x, y) => y[1] - x[1])[0] ?? [null];
  // A wave of customer or installer causes is not a thousand customers acting at once: something upstream
  // (the platform's app or its consent screen) changed, so the platform looks first.
  return top === 'tesla' || top === 'wait' ? 'wait' : 'platform';
}

export function findIncidents(results: readonly HomeResult[], opts: IncidentOptions = {}): Incident[] {
  const minShare = opts.minShare ?? 0.2;
  const minHomes = opts.minHomes ?? 5;
  if (results.length === 0) return [];
  const byCause = new Map<string, HomeResult[]>();
  for (const r of results) {
    if (r.cause === HEALTHY) continue;
    const list = byCause.get(r.cause) ?? [];
    list.push(r);
    byCause.set(r.cause, list);
  }
  const incidents: Incident[] = [];
  for (const [cause, homes] of byCause) {
    const share = homes.length / results.length;
    if (homes.length < minHomes || share < minShare) continue;
    const actor = incidentActor(homes.map((h) => h.actor));
    incidents.push({
      cause,
      actor,
      advice: actor === 'wait' ? 'wait' : 'platform',
      share: Math.round(share * 1000) / 1000,
      homes: homes.map((h) => h.ref).sort(),
    });
  }
  return incidents.sort((a, b) => b.share - a.share || a.cause.localeCompare(b.cause));
}

/** The homes with the actor of the incident they belong to (never "reconnect" one by one), others as they were. */
export function attributeToIncidents(
  results: readonly HomeResult[],
  incidents: readonly Incident[],
): Array<HomeResult & { incident?: number }> {
  const of = new Map<string, number>();
  incidents.forEach((inc, i) => inc.homes.forEach((ref) => of.set(ref, i)));
  return results.map((r) => {
    const i = of.get(r.ref);
    return i === undefined ? r : { ...r, actor: incidents[i]!.actor, incident: i };
  });
}

// Test helper: the demo simulator's admin API (`/__sim/...`: its state, request log, events and clock),
// reached at the origin the consent page came from.
export interface SimSiteState {
  energySiteId: number;
  settings: Record<string, unknown>;
}

export async function simAdmin<T = unknown>(origin: string, route: string, body?: unknown): Promise<T> {
  const res = await fetch(
    `${origin}/__sim/${route}`,
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  if (!res.ok) throw new Error(`simulator admin ${route}: ${res.status}`);
  return ((await res.json()) as { response: T }).response;
}

export async function simSites(origin: string): Promise<SimSiteState[]> {
  return (await simAdmin<{ sites: SimSiteState[] }>(origin, 'state')).sites;
}

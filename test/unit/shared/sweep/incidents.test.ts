// Waves become one incident with their homes; scattered breaks stay single homes; the advice is never reconnect.
import { describe, expect, it } from 'vitest';
import { attributeToIncidents, findIncidents } from '@shared/sweep/incidents';
import type { HomeResult } from '@shared/sweep/sweep-types';

const home = (ref: string, cause: string, actor: HomeResult['actor']): HomeResult => ({
  ref,
  cause,
  actor,
  dataAgeSeconds: null,
  requests: 3,
  checks: [],
});
const many = (n: number, prefix: string, cause: string, actor: HomeResult['actor']) =>
  Array.from({ length: n }, (_, i) => home(`${prefix}-${String(i).padStart(3, '0')}`, cause, actor));

describe('findIncidents', () => {
  it('turns a cause on a large share of homes into one incident with all its homes', () => {
    const results = [
      ...many(60, 'ok', 'healthy', null),
      ...many(30, 'sus', 'account.app_status', 'platform'),
      ...many(3, 'rev', 'account.connection', 'customer'),
    ];
    const incidents = findIncidents(results);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ cause: 'account.app_status', actor: 'platform', advice: 'platform' });
    expect(incidents[0]!.homes).toHaveLength(30);
    expect(incidents[0]!.share).toBeCloseTo(30 / 93, 3);
  });

  it("says wait for Tesla's outages and the platform for a wave of customer-side causes, never reconnect", () => {
    const results = [
      ...many(40, 'out', 'energy.reachable', 'tesla'),
      ...many(40, 'con', 'account.connection', 'customer'),
      ...many(20, 'ok', 'healthy', null),
    ];
    const byCause = Object.fromEntries(findIncidents(results).map((i) => [i.cause, i.advice]));
    expect(byCause).toEqual({ 'energy.reachable': 'wait', 'account.connection': 'platform' });
  });

  it('leaves a few broken homes alone, below the share or the count', () => {
    expect(
      findIncidents([...many(90, 'ok', 'healthy', null), ...many(10, 'x', 'scope.energy_read', 'customer')]),
    ).toEqual([]);
    expect(findIncidents(many(4, 'x', 'scope.energy_read', 'customer'))).toEqual([]);
    expect(findIncidents([])).toEqual([]);
  });

  it('never makes an incident of healthy homes', () => {
    expect(findIncidents(many(100, 'ok', 'healthy', null))).toEqual([]);
  });
});

describe('attributeToIncidents', () => {
  it("gives an incident's homes its actor and index; other homes keep theirs", () => {
    const results = [...many(10, 'a', 'account.connection', 'customer'), home('solo', 'scope.energy_read', 'customer')];
    const incidents = findIncidents(results, { minShare: 0.5 });
    const out = attributeToIncidents(results, incidents);
    expect(out[0]).toMatchObject({ actor: 'platform', incident: 0 });
    expect(out.at(-1)).toEqual(results.at(-1));
  });
});

import { describe, expect, it } from 'vitest';
import { createUsageMeter } from '@main/fleet/usage-meter';

describe('usage meter', () => {
  it('prices by class at Tesla’s rates and bills only answers below 500', () => {
    const meter = createUsageMeter();
    const seen: number[] = [];
    const off = meter.onChange((u) => seen.push(u.requests));
    for (let i = 0; i < 500; i++) meter.record('data', 200);
    meter.record('command', 201);
    meter.record('wake', 200);
    meter.record('auth', 200);
    meter.record('data', 503); // not billed
    meter.record('data', null); // no answer: not billed
    off();
    meter.record('data', 200);
    const u = meter.snapshot();
    expect(u.byClass).toEqual({ data: 503, command: 1, wake: 1, auth: 1 });
    expect(u.requests).toBe(506);
    expect(u.estimatedCostUsd).toBeCloseTo(1 + 1 / 500 + 1 / 1000 + 1 / 50, 6);
    expect(seen).toHaveLength(505);
  });
});

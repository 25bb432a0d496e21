// The watch after a restore: reads live power on the run's clock until the battery has settled, or says
// it did not (or could not be read) when the watch's time is up.
import { describe, expect, it } from 'vitest';
import { watchSettle } from '@main/test-charge/settle-watch';
import type { RunClock } from '@main/test-charge/run-clock';

function fakeClock(): RunClock {
  let now = 0;
  return { now: () => now, sleep: async (ms) => void (now += ms) };
}

const api = (powers: Array<number | Error>) => {
  let i = 0;
  return {
    calls: () => i,
    liveStatus: async () => {
      const p = powers[Math.min(i++, powers.length - 1)];
      if (p instanceof Error) throw p;
      return { battery_power: p };
    },
  };
};

const base = { siteId: '1', direction: 'discharge' as const, baselineW: 0, thresholdW: 500, pollMs: 20_000 };

describe('watchSettle', () => {
  it('reports settling readings, then settled once export stops', async () => {
    const a = api([9_000, 6_000, 100]);
    const seen: string[] = [];
    const r = await watchSettle({
      ...base,
      api: a,
      clock: fakeClock(),
      onReading: (x) => seen.push(`${x.state}:${x.batteryW}`),
    });
    expect(r).toMatchObject({ state: 'settled', batteryW: 100, seconds: 40 });
    expect(seen).toEqual(['settling:9000', 'settling:6000', 'settled:100']);
  });

  it('says not settled when time is up, and unknown when nothing could be read', async () => {
    expect(await watchSettle({ ...base, api: api([8_000]), clock: fakeClock(), maxMs: 60_000 })).toMatchObject({
      state: 'not_settled',
      batteryW: 8_000,
    });
    expect(
      await watchSettle({ ...base, api: api([new Error('503')]), clock: fakeClock(), maxMs: 60_000 }),
    ).toMatchObject({ state: 'unknown', batteryW: null });
  });
});

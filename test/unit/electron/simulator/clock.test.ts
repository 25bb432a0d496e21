import { describe, expect, it } from 'vitest';
import { createClock } from '@main/simulator/clock';

describe('the simulated clock', () => {
  it('stands still at speed 0 and moves only by advance', () => {
    const clock = createClock({ startTime: 1_000, speed: 0 });
    expect(clock.now()).toBe(1_000);
    clock.advance(60_000);
    expect(clock.now()).toBe(61_000);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });

  it('wakes sleepers when time is advanced past them, in order, and not before', async () => {
    const clock = createClock({ startTime: 0, speed: 0 });
    const woke: string[] = [];
    const a = clock.sleep(5_000).then(() => woke.push('a'));
    const b = clock.sleep(1_000).then(() => woke.push('b'));
    clock.advance(999);
    await Promise.resolve();
    expect(woke).toEqual([]);
    clock.advance(10_000);
    await Promise.all([a, b]);
    expect(woke).toEqual(['b', 'a']);
  });

  it('keeps its time across a speed change and refuses nonsense speeds', () => {
    const clock = createClock({ startTime: 5_000, speed: 0 });
    clock.setSpeed(0);
    expect(clock.now()).toBe(5_000);
    expect(clock.speed).toBe(0);
    expect(() => clock.setSpeed(-2)).toThrow(RangeError);
    expect(() => clock.setSpeed(Number.NaN)).toThrow(RangeError);
  });

  it('runs faster than real time at a high speed (a sleep of a simulated hour ends)', async () => {
    const clock = createClock({ startTime: 0, speed: 1_000_000 });
    const before = clock.now();
    await clock.sleep(3_600_000);
    expect(clock.now() - before).toBeGreaterThanOrEqual(3_600_000);
  });
});

// The generated homes' mix: the same seed gives the same homes, mostly healthy, and every kind appears.
import { describe, expect, it } from 'vitest';
import { generateHomes, HOME_MIX, homeRef, seededRandom } from '@main/simulator/homes/home-mix';

describe('generateHomes', () => {
  it('gives the same homes for the same seed and other homes for another seed', () => {
    expect(generateHomes(500, 42)).toEqual(generateHomes(500, 42));
    expect(generateHomes(500, 43)).not.toEqual(generateHomes(500, 42));
    // A longer run starts with the shorter one: the count does not reshuffle the homes.
    expect(generateHomes(1_000, 42).slice(0, 500)).toEqual(generateHomes(500, 42));
  });

  it('is mostly healthy, with every kind of the mix and some homes without a car', () => {
    const homes = generateHomes(10_000, 1);
    const healthy = homes.filter((h) => HOME_MIX[h.kind]!.expectedCause === 'healthy').length / homes.length;
    expect(healthy).toBeGreaterThan(0.75);
    expect(healthy).toBeLessThan(0.83);
    expect(new Set(homes.map((h) => h.kind)).size).toBe(HOME_MIX.length);
    expect(homes.some((h) => h.withCar)).toBe(true);
    expect(homes.some((h) => !h.withCar)).toBe(true);
    // A kind whose cause is the car keeps it.
    for (const h of homes) if (!HOME_MIX[h.kind]!.carOptional) expect(h.withCar).toBe(true);
  });

  it('keeps every cause under the incident threshold (a fresh simulator shows breaks, not incidents)', () => {
    for (const k of HOME_MIX) if (k.expectedCause !== 'healthy') expect(k.weight).toBeLessThan(0.1);
    expect(HOME_MIX.reduce((a, k) => a + k.weight, 0)).toBeCloseTo(1, 9);
  });
});

describe('seededRandom and homeRef', () => {
  it('repeats per seed, stays in [0, 1) and names homes in order', () => {
    const a = seededRandom(9);
    const b = seededRandom(9);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect([homeRef(0), homeRef(41), homeRef(123_455)]).toEqual(['c-00001', 'c-00042', 'c-123456']);
  });
});

// Settled: live power no longer moves in the test's direction beyond what it did before the test.
import { describe, expect, it } from 'vitest';
import { isSettled } from '@shared/test-charge/settle';

describe('isSettled', () => {
  it('a discharge has settled once the battery no longer exports beyond the threshold', () => {
    expect(isSettled('discharge', 10_000, 0, 500)).toBe(false);
    expect(isSettled('discharge', 300, 0, 500)).toBe(true);
    // Covering the house afterwards is the customer's usual behaviour, not the test.
    expect(isSettled('discharge', -2_000, null, 500)).toBe(true);
  });

  it('counts from what the battery did before the test, and mirrors for a charge', () => {
    expect(isSettled('discharge', 1_200, 1_000, 500)).toBe(true);
    expect(isSettled('charge', -5_000, 0, 500)).toBe(false);
    expect(isSettled('charge', -200, undefined, 500)).toBe(true);
  });
});

// The entry runs the app's code once the first questions are on their way (their answers then come back
// while that code runs), and never waits longer than its cap for them, nor stops on a failed one.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { afterFirstQuestions } from '@renderer/start-order';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function settledFlag(promise: Promise<void>): { settled: boolean } {
  const flag = { settled: false };
  void promise.then(() => (flag.settled = true));
  return flag;
}

it('goes on as soon as the questions are asked, well before the cap', async () => {
  let ask!: () => void;
  const flag = settledFlag(afterFirstQuestions(new Promise<void>((resolve) => (ask = resolve)), 150));
  await vi.advanceTimersByTimeAsync(20);
  expect(flag.settled).toBe(false); // the app's code waits for the questions…
  ask();
  await vi.advanceTimersByTimeAsync(0);
  expect(flag.settled).toBe(true); // …and no longer once they are on their way
});

it('goes on at the cap when the questions hang (a main side slow to answer never holds up the app)', async () => {
  const flag = settledFlag(afterFirstQuestions(new Promise<void>(() => undefined), 150));
  await vi.advanceTimersByTimeAsync(149);
  expect(flag.settled).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(flag.settled).toBe(true);
});

it('goes on when asking failed: the app starts and says what failed', async () => {
  const flag = settledFlag(afterFirstQuestions(Promise.reject(new Error('closed')), 150));
  await vi.advanceTimersByTimeAsync(0);
  expect(flag.settled).toBe(true);
});

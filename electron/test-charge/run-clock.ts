// Main process (plain Node). The clock a test runs on: real time against Tesla, the simulator's clock in
// demo mode and tests (so a 5-minute test at speed 60 takes 5 real seconds). Sleeps end early on abort.
import { z } from 'zod';
import { textIn } from '@shared/text/languages';

/** The message's words come from the catalogue (English: the log and the terminal read it). */
const english = textIn('en');

export interface RunClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

function abortable(wait: (done: () => void) => () => void, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    let cancel = () => {};
    const finish = () => {
      signal?.removeEventListener('abort', finish);
      cancel();
      resolve();
    };
    signal?.addEventListener('abort', finish, { once: true });
    cancel = wait(finish);
  });
}

export const realClock: RunClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    abortable((done) => {
      const timer = setTimeout(done, Math.max(0, ms));
      return () => clearTimeout(timer);
    }, signal),
};

/** A clock that paces itself (the embedded simulator's): simulated now, and sleeps in simulated time. */
export interface SteppingClock {
  now(): number;
  sleep(simMs: number): Promise<void>;
}

/** The simulator's own clock, when it runs in this process. */
export function simClock(clock: SteppingClock): RunClock {
  return {
    now: () => clock.now(),
    sleep: (ms, signal) =>
      abortable((done) => {
        void clock.sleep(ms).then(done);
        return () => {};
      }, signal),
  };
}

/** A clock running `speed` times faster than real time, from a simulated start. */
export function scaledClock(speed: number, simNowAtStart: number = Date.now()): RunClock {
  const realStart = Date.now();
  const factor = speed > 0 ? speed : 1;
  return {
    now: () => simNowAtStart + (Date.now() - realStart) * factor,
    sleep: (ms, signal) => realClock.sleep(ms / factor, signal),
  };
}

// The admin API answers in Tesla's body shape: {"response": {"now", "iso", "speed"}}.
const SimClockInfoSchema = z.looseObject({
  response: z.looseObject({ now: z.number(), speed: z.number().positive() }),
});

/**
 * The clock of a simulator running elsewhere (`--api-base`), read from its loopback admin API. Only for the
 * simulator's own origin: a Tesla host has no admin API, and real time is used there.
 */
export async function remoteSimClock(origin: string, fetchImpl: typeof fetch = fetch): Promise<RunClock> {
  const res = await fetchImpl(`${origin.replace(/\/+$/, '')}/__sim/clock`, { signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(english('errors.sim_clock_status', { status: res.status }));
  const parsed = SimClockInfoSchema.safeParse(await res.json());
  if (!parsed.success) throw new Error(english('errors.sim_clock_unexpected'));
  return scaledClock(parsed.data.response.speed, parsed.data.response.now);
}

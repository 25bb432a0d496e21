// The headless test-charge's simulator helpers name an unreachable simulator, why, and what to do.
import { describe, expect, it } from 'vitest';
import { clockFor, setRemoteSpeed } from '@main/test-charge/cli-support';
import { closedPort } from '@test/support/closed-port';

describe('test-charge against a simulator that is not there', () => {
  it('says which, why and what to do instead of “fetch failed”', async () => {
    const base = `http://127.0.0.1:${await closedPort()}/na`;
    for (const attempt of [() => clockFor(base), () => setRemoteSpeed(base, 10)]) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(
        /could not reach the simulator at 127\.0\.0\.1:\d+: the connection was refused.*npm run sim/,
      );
    }
  });
});

// The sweep's directory over the platform's client: a borrow with no answer is asked once more (borrowing
// lends the same token again), a second silence is the home's result, and a refused agent key is thrown
// (the sweep stops) rather than turned into one home's cause.
import { describe, expect, it } from 'vitest';
import { PlatformError, type PlatformClient } from '@main/platform/platform-client';
import { isAgentKeyRefused, platformDirectoryFrom } from '@main/sweep/platform-directory';

const token = {
  accessToken: 'tok',
  expiresAt: '2030-01-01T00:00:00Z',
  apiBase: 'https://fleet.example',
  scopes: ['energy_device_data'],
  issuedAt: '2029-12-31T23:00:00Z',
};
const silence = () => new PlatformError('platform_unreachable', { host: 'p', why: 'reset' }, 0, 'unreachable');

function clientAnswering(answers: Array<() => unknown>) {
  let calls = 0;
  const client = {
    borrowAccessToken: async () => {
      const next = answers[Math.min(calls, answers.length - 1)]!;
      calls += 1;
      return next();
    },
  } as unknown as PlatformClient;
  return { client, calls: () => calls };
}

describe('platformDirectoryFrom(...).borrow', () => {
  it('asks once more when the platform gave no answer, and lends the token then', async () => {
    const c = clientAnswering([
      () => {
        throw silence();
      },
      () => token,
    ]);
    const out = await platformDirectoryFrom(c.client).borrow('c-1');
    expect(out).toMatchObject({ ok: true, token: { accessToken: 'tok', apiBase: 'https://fleet.example' } });
    expect(c.calls()).toBe(2);
  });

  it('a second silence is the home’s result; a 409 is not asked twice', async () => {
    const quiet = clientAnswering([
      () => {
        throw silence();
      },
    ]);
    expect(await platformDirectoryFrom(quiet.client).borrow('c-1')).toEqual({
      ok: false,
      cause: 'connection.platform_error',
    });
    expect(quiet.calls()).toBe(2);
    const lost = clientAnswering([
      () => {
        throw new PlatformError('platform_not_connected', {}, 409, 'not_connected');
      },
    ]);
    expect(await platformDirectoryFrom(lost.client).borrow('c-1')).toEqual({
      ok: false,
      cause: 'connection.not_connected',
    });
    expect(lost.calls()).toBe(1);
  });

  it('throws when the platform refuses the agent key itself', async () => {
    const c = clientAnswering([
      () => {
        throw new PlatformError('platform_key_invalid', {}, 401, 'invalid_agent_key');
      },
    ]);
    const error = await platformDirectoryFrom(c.client)
      .borrow('c-1')
      .catch((e: unknown) => e);
    expect(isAgentKeyRefused(error)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { buildApi, channelNames, createClient, DoctorIpcError, type Envelope } from '@shared/contract';

describe('API built from the contract', () => {
  it('has one method per channel, grouped by area', () => {
    const calls: string[] = [];
    const api = buildApi(
      async (channel) => {
        calls.push(channel);
        return { ok: true, value: null };
      },
      () => () => undefined,
    );
    for (const name of channelNames) {
      const [area, verb] = name.split(':') as [string, string];
      expect(typeof (api as unknown as Record<string, Record<string, unknown>>)[area]![verb]).toBe('function');
    }
    void api.app.info({});
    expect(calls).toEqual(['app:info']);
  });

  it('refuses to subscribe to an event outside the contract', () => {
    const api = buildApi(
      async () => ({ ok: true, value: null }),
      () => () => undefined,
    );
    expect(() => api.on('nope:event' as never, () => undefined)).toThrow(/Unknown event/);
  });

  it('the client unwraps values and throws typed errors', async () => {
    const failing: Envelope<unknown> = {
      ok: false,
      error: { code: 'invalid_payload', message: 'bad', issues: [{ path: 'url', message: 'x' }] },
    };
    const client = createClient(
      buildApi(
        async () => failing,
        () => () => undefined,
      ),
    );
    const error = await client.app.info({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DoctorIpcError);
    expect(error).toMatchObject({ code: 'invalid_payload', message: 'bad' });
  });
});

// The page's side of the contract without zod: calls found by name when made, errors typed, and nothing
// in the module graph that would pull the schemas (and zod) into the page's first download.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DoctorIpcError as FromIndex, type Envelope } from '@shared/contract';
import { buildPageApi, createClient, DoctorIpcError } from '@shared/contract/page-client';

describe('page client', () => {
  it('sends each call under its channel name and unwraps the value', async () => {
    const calls: Array<[string, unknown]> = [];
    const api = buildPageApi(
      async (channel, args) => {
        calls.push([channel, args]);
        return { ok: true, value: { version: '1' } };
      },
      () => () => undefined,
    );
    const client = createClient(api);
    await expect(client.app.info({})).resolves.toEqual({ version: '1' });
    await client.accounts.list({});
    expect(calls).toEqual([
      ['app:info', {}],
      ['accounts:list', {}],
    ]);
  });

  it('throws the same DoctorIpcError class the contract exports, for an error or a missing call', async () => {
    expect(DoctorIpcError).toBe(FromIndex);
    const failing: Envelope<unknown> = { ok: false, error: { code: 'handler_failed', message: 'do this next' } };
    const client = createClient(
      buildPageApi(
        async () => failing,
        () => () => undefined,
      ),
    );
    await expect(client.app.info({})).rejects.toMatchObject({
      name: 'DoctorIpcError',
      code: 'handler_failed',
      message: 'do this next',
    });
    const partial = createClient({ on: () => () => undefined } as never);
    await expect(partial.app.info({})).rejects.toMatchObject({ code: 'unknown_channel' });
  });

  it('passes subscriptions through and is not mistaken for a promise', async () => {
    const seen: string[] = [];
    const client = createClient(
      buildPageApi(
        async () => ({ ok: true, value: null }),
        (event) => (seen.push(event), () => undefined),
      ),
    );
    client.on('app:statusChanged', () => undefined);
    expect(seen).toEqual(['app:statusChanged']);
    await expect(Promise.resolve(client)).resolves.toBe(client);
  });

  it('imports nothing from the contract at run time but types', () => {
    const source = readFileSync(new URL('../../../../shared/contract/page-client.ts', import.meta.url), 'utf8');
    expect([...source.matchAll(/^import (?!type )/gm)]).toEqual([]);
  });
});

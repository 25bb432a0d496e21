import { describe, expect, it, vi } from 'vitest';
import { createBackend } from '@main/app/backend';
import { createDispatcher } from '@main/ipc/dispatcher';
import { tempDir } from '@test/support/temp-dir';
import { UserFacingError, type Handlers } from '@main/ipc/handler-types';

const ctx = { transport: 'browser' as const };

function dispatcherWith(overrides: Partial<Handlers> = {}) {
  const backend = createBackend({ mode: 'demo', dataDir: tempDir().dir });
  const onUnexpectedError = vi.fn();
  return {
    dispatch: createDispatcher({ ...backend.handlers, ...overrides }, { onUnexpectedError }),
    onUnexpectedError,
  };
}

describe('dispatcher', () => {
  it('answers a valid call with the handler result', async () => {
    const { dispatch } = dispatcherWith();
    const envelope = await dispatch('app:info', {}, ctx);
    expect(envelope.ok).toBe(true);
    if (envelope.ok)
      expect(envelope.value).toMatchObject({ name: 'Tesla Connect Doctor', mode: 'demo', transport: 'browser' });
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['an unexpected key', { extra: true }],
    ['a string', 'hello'],
  ])('refuses %s as arguments with a typed invalid_payload error', async (_label, payload) => {
    const { dispatch } = dispatcherWith();
    const envelope = await dispatch('app:info', payload, ctx);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    if (!envelope.ok) expect(envelope.error.issues?.length).toBeGreaterThan(0);
  });

  it('refuses an unknown channel', async () => {
    const { dispatch } = dispatcherWith();
    expect(await dispatch('app:rmrf', {}, ctx)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await dispatch('__proto__', {}, ctx)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('passes a user-facing error (English message and its key) through and hides any other', async () => {
    const refusing = dispatcherWith({
      'app:info': () => Promise.reject(new UserFacingError('profile_unknown', { id: 'acme' })),
    });
    expect(await refusing.dispatch('app:info', {}, ctx)).toEqual({
      ok: false,
      error: {
        code: 'handler_failed',
        message: 'There is no connection profile "acme". Pick one in Settings.',
        text: { key: 'errors.profile_unknown', params: { id: 'acme' } },
      },
    });
    const crashing = dispatcherWith({ 'app:info': () => Promise.reject(new Error('token=eyJsecret')) });
    const envelope = await crashing.dispatch('app:info', {}, ctx);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'handler_failed' } });
    expect(JSON.stringify(envelope)).not.toContain('eyJsecret');
    expect(crashing.onUnexpectedError).toHaveBeenCalledOnce();
  });

  it('refuses a result outside the contract', async () => {
    const { dispatch } = dispatcherWith({ 'app:info': (() => ({ name: 1 })) as unknown as Handlers['app:info'] });
    expect(await dispatch('app:info', {}, ctx)).toMatchObject({ ok: false, error: { code: 'invalid_result' } });
  });

  it('opens only allowed external links', async () => {
    const opened: string[] = [];
    const backend = createBackend({
      mode: 'demo',
      dataDir: tempDir().dir,
      openExternal: async (url) => void opened.push(url),
    });
    const dispatch = createDispatcher(backend.handlers);
    expect(await dispatch('app:openExternal', { url: 'https://www.tesla.com/_ak/example.com' }, ctx)).toMatchObject({
      ok: true,
      value: { handledBy: 'system' },
    });
    expect(await dispatch('app:openExternal', { url: 'https://evil.example/' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'handler_failed' },
    });
    expect(opened).toEqual(['https://www.tesla.com/_ak/example.com']);
  });
});

import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { channelNames } from '@shared/contract';
import { createBackend } from '@main/app/backend';
import { createDispatcher } from '@main/ipc/dispatcher';
import { tempDir } from '@test/support/temp-dir';
import { bindIpc, type IpcMainLike } from '@main/shell/ipc-binding';

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (name: string, fn: Listener) => void handlers.set(name, fn),
    removeHandler: (name: string) => void handlers.delete(name),
  } as unknown as IpcMainLike;
  const call = (name: string, url: string, payload: unknown) =>
    handlers.get(name)!({ senderFrame: { url } } as unknown as IpcMainInvokeEvent, payload);
  return { ipc, handlers, call };
}

describe('Electron IPC binding', () => {
  const dispatch = createDispatcher(createBackend({ mode: 'demo', dataDir: tempDir().dir }).handlers);

  it('registers exactly the contract channels and removes them again', () => {
    const { ipc, handlers } = fakeIpcMain();
    const unbind = bindIpc(ipc, dispatch);
    expect([...handlers.keys()].sort()).toEqual([...channelNames].sort());
    unbind();
    expect(handlers.size).toBe(0);
  });

  it('answers the app page and refuses any other sender', async () => {
    const { ipc, call } = fakeIpcMain();
    bindIpc(ipc, dispatch);
    expect(await call('app:info', 'app://doctor/index.html', {})).toMatchObject({
      ok: true,
      value: { transport: 'electron' },
    });
    expect(await call('app:info', 'https://evil.example/', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
  });

  it('gives a malformed payload a typed error', async () => {
    const { ipc, call } = fakeIpcMain();
    bindIpc(ipc, dispatch);
    expect(await call('app:openExternal', 'app://doctor/index.html', { url: 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
  });
});

// Electron shell, importable from tests: binds the contract's channels to ipcMain. ipcMain comes in as a
// parameter (type-only import), so a test can pass a fake.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames, type Envelope } from '@shared/contract';
import type { Dispatch } from '../ipc/dispatcher';
import { isTrustedSenderUrl } from '../security/url-policy';

export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

/** Registers one handler per channel; each checks the sender frame's origin before dispatching. */
export function bindIpc(ipcMain: IpcMainLike, dispatch: Dispatch): () => void {
  for (const name of channelNames) {
    ipcMain.handle(name, async (event: IpcMainInvokeEvent, payload: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSenderUrl(event.senderFrame?.url)) {
        return {
          ok: false,
          error: { code: 'forbidden_sender', message: 'Calls are accepted only from the app’s own page.' },
        };
      }
      return dispatch(name, payload, { transport: 'electron' });
    });
  }
  return () => {
    for (const name of channelNames) ipcMain.removeHandler(name);
  };
}

// Preload (sandboxed): builds the page's API from the contract and exposes that object and nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi, type Envelope } from '@shared/contract';

const api = buildApi(
  (channel, args) => ipcRenderer.invoke(channel, args) as Promise<Envelope<unknown>>,
  (event, listener) => {
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld('doctor', api);

// Runs anywhere: builds the page's API object from the contract. The preload (over Electron IPC) and the
// browser transport (over a WebSocket) both call buildApi, so the page sees one shape whatever carries it.
import { channelNames, type ChannelArgs, type ChannelName, type ChannelResult } from './channels';
import type { Envelope } from './errors';
import { eventNames, type EventName, type EventPayload } from './events';

type AreaOf<C> = C extends `${infer A}:${string}` ? A : never;
type VerbOf<C, A extends string> = C extends `${A}:${infer V}` ? V : never;
export type Area = AreaOf<ChannelName>;

/** What the preload exposes: every method answers with an envelope, which survives contextBridge intact. */
export type DoctorApi = {
  [A in Area]: {
    [C in ChannelName as VerbOf<C, A>]: (args: ChannelArgs<C>) => Promise<Envelope<ChannelResult<C>>>;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** What page code uses: the same shape, but results unwrapped and errors thrown as DoctorIpcError. */
export type DoctorClient = {
  [A in Area]: {
    [C in ChannelName as VerbOf<C, A>]: (args: ChannelArgs<C>) => Promise<ChannelResult<C>>;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export type RawInvoke = (channel: ChannelName, args: unknown) => Promise<Envelope<unknown>>;
export type RawSubscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

function splitChannel(name: ChannelName): [string, string] {
  const i = name.indexOf(':');
  return [name.slice(0, i), name.slice(i + 1)];
}

export function buildApi(invoke: RawInvoke, subscribe: RawSubscribe): DoctorApi {
  const api: Record<string, unknown> = {};
  for (const name of channelNames) {
    const [area, verb] = splitChannel(name);
    const group = (api[area] ??= {}) as Record<string, unknown>;
    group[verb] = (args: unknown) => invoke(name, args);
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!eventNames.includes(event)) throw new Error(`Unknown event "${String(event)}"`);
    return subscribe(event, listener);
  };
  return api as DoctorApi;
}

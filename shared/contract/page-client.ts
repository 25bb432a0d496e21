// Runs anywhere (the page, component tests): the page's side of the contract with no runtime import of
// the zod schemas. The page never validates (main validates arguments and results), so it need not ship
// zod: the client and the browser transport's API find a channel by its name when it is called.
import type { DoctorApi, DoctorClient, RawInvoke, RawSubscribe } from './api';
import type { ChannelName } from './channels';
import type { IpcError, IpcErrorCode } from './errors';
import type { TextRef } from '../text/text-ref';

/**
 * How the page words an error that has a key: the renderer installs i18next's `t` at start
 * (renderer/src/i18n); elsewhere the English message stands.
 */
let renderErrorText: ((text: TextRef, fallback: string) => string) | null = null;
export function setErrorTextRenderer(render: ((text: TextRef, fallback: string) => string) | null): void {
  renderErrorText = render;
}

/** Thrown on the renderer side when a call comes back with an error envelope. */
export class DoctorIpcError extends Error {
  readonly code: IpcErrorCode;
  readonly issues: IpcError['issues'];
  readonly text: TextRef | undefined;
  constructor(error: IpcError) {
    super(error.text && renderErrorText ? renderErrorText(error.text, error.message) : error.message);
    this.text = error.text;
    this.name = 'DoctorIpcError';
    this.code = error.code;
    this.issues = error.issues;
  }
}

type Method = (args: unknown) => Promise<unknown>;

/** Names that are never a channel: what `await`, JSON and test printers look up on any object. */
const notChannels = new Set(['then', 'toJSON', 'constructor', 'asymmetricMatch', '$$typeof', 'nodeType']);
const isChannelPart = (name: string | symbol): name is string => typeof name === 'string' && !notChannels.has(name);

/** `{ area: { verb: fn } }` built on first use of each area and verb (and kept, so a test can replace one). */
function byName(method: (area: string, verb: string) => Method, on: DoctorApi['on']): Record<string, unknown> {
  const areas = new Map<string, Record<string, Method>>();
  const area = (name: string) => {
    let group = areas.get(name);
    if (!group) {
      group = new Proxy({} as Record<string, Method>, {
        get: (target, verb) => (!isChannelPart(verb) ? undefined : (target[verb] ??= method(name, verb))),
      });
      areas.set(name, group);
    }
    return group;
  };
  return new Proxy({ on } as Record<string, unknown>, {
    get: (target, name) => (!isChannelPart(name) ? undefined : name in target ? target[name] : area(name)),
  });
}

/** What page code uses: results unwrapped, errors thrown as DoctorIpcError. */
export function createClient(api: DoctorApi): DoctorClient {
  const source = api as unknown as Record<
    string,
    Record<string, (a: unknown) => Promise<{ ok: boolean; value?: unknown; error?: IpcError }>> | undefined
  >;
  return byName(
    (area, verb) => async (args: unknown) => {
      const fn = source[area]?.[verb];
      if (typeof fn !== 'function')
        throw new DoctorIpcError({
          code: 'unknown_channel',
          message: `The app has no "${area}:${verb}" call.`,
          text: { key: 'errors.no_such_call', params: { name: `${area}:${verb}` } },
        });
      const envelope = await fn(args);
      if (envelope.ok) return envelope.value;
      throw new DoctorIpcError(
        envelope.error ?? { code: 'invalid_result', message: 'The app answered without a result.' },
      );
    },
    api.on.bind(api),
  ) as unknown as DoctorClient;
}

/**
 * The browser transport's API (the preload builds its own with `buildApi`, whose methods must exist up
 * front to cross contextBridge). The loopback host refuses a channel or event the contract does not have.
 */
export function buildPageApi(invoke: RawInvoke, subscribe: RawSubscribe): DoctorApi {
  return byName(
    (area, verb) => (args: unknown) => invoke(`${area}:${verb}` as ChannelName, args),
    (event, listener) => subscribe(event, listener as (payload: unknown) => void),
  ) as unknown as DoctorApi;
}

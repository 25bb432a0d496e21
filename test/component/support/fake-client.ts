// Component-test helper: installs a page client over a fake main side. Each channel is answered by the
// given function; an unanswered channel, or an answer that throws, comes back as an error envelope (with
// the thrown error's `code` and `issues` when it has them), just as the dispatcher would send it.
import {
  buildApi,
  createClient,
  type ChannelName,
  type DoctorClient,
  type EventName,
  type IpcError,
} from '@shared/contract';
import { setClient } from '@renderer/transport';

export type Answers = Partial<Record<ChannelName, (args: never) => unknown>>;

export interface FakeClient {
  client: DoctorClient;
  calls: { channel: ChannelName; args: unknown }[];
  /** Pushes an event to the page's listeners, as the main side would. */
  emit(event: EventName, payload: unknown): void;
}

export function installFakeClient(answers: Answers): FakeClient {
  const calls: FakeClient['calls'] = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const client = createClient(
    buildApi(
      async (channel, args) => {
        calls.push({ channel, args });
        const answer = answers[channel];
        if (!answer) return { ok: false, error: { code: 'handler_failed', message: `no ${channel}` } };
        try {
          return { ok: true, value: await answer(args as never) };
        } catch (e) {
          const err = e as Error & Partial<Pick<IpcError, 'code' | 'issues'>>;
          return {
            ok: false,
            error: {
              code: err.code ?? 'handler_failed',
              message: err.message,
              ...(err.issues ? { issues: err.issues } : {}),
            },
          };
        }
      },
      (event, listener) => {
        const set = listeners.get(event) ?? new Set();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      },
    ),
  );
  setClient(client);
  return { client, calls, emit: (event, payload) => listeners.get(event)?.forEach((l) => l(payload)) };
}

// Type-level tests, checked by `tsc -p tsconfig.node.json` (part of npm test): if the contract, the
// preload's API or the handler map drift apart, this file stops compiling.
import type { AppInfo, ChannelName, DoctorApi, DoctorClient, Envelope } from '@shared/contract';
import type { Handlers } from '@main/ipc/handler-types';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

type VerbsOf<Api, A extends keyof Api> = keyof Api[A] & string;
type ApiChannels = { [A in Exclude<keyof DoctorApi, 'on'> & string]: `${A}:${VerbsOf<DoctorApi, A>}` }[Exclude<
  keyof DoctorApi,
  'on'
> &
  string];

export type Checks = [
  // Every contract channel is a method of the page's API, and nothing else is.
  Expect<Equal<ApiChannels, ChannelName>>,
  // The handler map has exactly the contract's channels.
  Expect<Equal<keyof Handlers, ChannelName>>,
  // Results line up end to end.
  Expect<Equal<Awaited<ReturnType<DoctorApi['app']['info']>>, Envelope<AppInfo>>>,
  Expect<Equal<Awaited<ReturnType<DoctorClient['app']['info']>>, AppInfo>>,
  Expect<Equal<Awaited<ReturnType<Handlers['app:info']>>, AppInfo>>,
];

// Calling with the wrong arguments does not compile.
declare const api: DoctorClient;
// @ts-expect-error the url must be a string
void api.app.openExternal({ url: 5 });
// @ts-expect-error no such channel
void api.app.deleteEverything({});

// Main process (plain Node). The handler map's type: one handler per channel, checked against the contract.
import type { AreaChannels, ChannelArgs, ChannelName, ChannelResult } from '../../shared/contract';

export interface CallContext {
  transport: 'electron' | 'browser';
}

export type Handler<C extends ChannelName> = (args: ChannelArgs<C>, ctx: CallContext) => Promise<ChannelResult<C>> | ChannelResult<C>;

export type Handlers = { [C in ChannelName]: Handler<C> };

/** The handlers of one area (`electron/<area>/<area>-handlers.ts` builds one of these). */
export type AreaHandlers<A extends string> = { [C in AreaChannels<A>]: Handler<C> };

/**
 * An error whose message is safe to show to a person (it says what to do next and holds no secret).
 * Any other error thrown by a handler reaches the page only as a generic message.
 */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}

// Main process (plain Node). The handler map's type: one handler per channel, checked against the contract.
import type { ChannelArgs, ChannelName, ChannelResult } from '../../shared/contract';

export interface CallContext {
  transport: 'electron' | 'browser';
}

export type Handlers = {
  [C in ChannelName]: (args: ChannelArgs<C>, ctx: CallContext) => Promise<ChannelResult<C>> | ChannelResult<C>;
};

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

// Main process (plain Node). The handler map's type: one handler per channel, checked against the contract.
import type { AreaChannels, ChannelArgs, ChannelName, ChannelResult } from '@shared/contract';
import type { TextCatalogue } from '@shared/text/en';
import { textIn } from '@shared/text/languages';
import type { TextParams, TextRef } from '@shared/text/text-ref';

export interface CallContext {
  transport: 'electron' | 'browser';
}

export type Handler<C extends ChannelName> = (
  args: ChannelArgs<C>,
  ctx: CallContext,
) => Promise<ChannelResult<C>> | ChannelResult<C>;

export type Handlers = { [C in ChannelName]: Handler<C> };

/** The handlers of one area (`electron/<area>/<area>-handlers.ts` builds one of these). */
export type AreaHandlers<A extends string> = { [C in AreaChannels<A>]: Handler<C> };

/** A user-facing error's key: one of `errors.*` in the text catalogue (shared/text/en.ts). */
export type ErrorKey = keyof TextCatalogue['errors'];

/**
 * An error that is safe to show to a person (it says what to do next and holds no secret), as a key under
 * `errors.` in the text catalogue and its values: the page renders it in its language, the message is the
 * English (for the terminal and the log). Any other error thrown by a handler reaches the page only as a
 * generic message.
 */
export class UserFacingError extends Error {
  readonly text: TextRef;
  constructor(key: ErrorKey, params: TextParams = {}) {
    super(textIn('en')(`errors.${key}`, params));
    this.name = 'UserFacingError';
    this.text = { key: `errors.${key}`, params };
  }
}

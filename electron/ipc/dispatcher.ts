// Main process (plain Node). One dispatcher serves both transports: it validates every payload with the
// channel's schema, runs the handler and validates its result, and always answers with an envelope.
import { channels, isChannelName, issuesOf, type Envelope } from '@shared/contract';
import type { CallContext, Handlers } from './handler-types';
import { UserFacingError } from './handler-types';
import { textIn } from '@shared/text/languages';
import type { TextRef } from '@shared/text/text-ref';

const english = (text: TextRef) => textIn('en')(text.key, text.params);

export type Dispatch = (channel: unknown, payload: unknown, ctx: CallContext) => Promise<Envelope<unknown>>;

export interface DispatcherOptions {
  /** Where unexpected handler failures are reported (never shown to the page as-is). */
  onUnexpectedError?: (channel: string, error: unknown) => void;
}

export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  return async (channel, payload, ctx) => {
    if (!isChannelName(channel)) {
      const text = { key: 'errors.unknown_channel', params: {} };
      return { ok: false, error: { code: 'unknown_channel', message: english(text), text } };
    }
    const spec = channels[channel];
    const parsed = spec.args.safeParse(payload);
    if (!parsed.success) {
      const text = { key: 'errors.malformed', params: { channel } };
      return {
        ok: false,
        error: { code: 'invalid_payload', message: english(text), text, issues: issuesOf(parsed.error) },
      };
    }
    let value: unknown;
    try {
      const handler = handlers[channel] as (args: unknown, ctx: CallContext) => unknown;
      value = await handler(parsed.data, ctx);
    } catch (error) {
      if (error instanceof UserFacingError) {
        return { ok: false, error: { code: 'handler_failed', message: error.message, text: error.text } };
      }
      options.onUnexpectedError?.(channel, error);
      const text = { key: 'errors.unexpected', params: { channel } };
      return { ok: false, error: { code: 'handler_failed', message: english(text), text } };
    }
    const checked = spec.result.safeParse(value);
    if (!checked.success) {
      options.onUnexpectedError?.(channel, checked.error);
      const text = { key: 'errors.invalid_result', params: { channel } };
      return { ok: false, error: { code: 'invalid_result', message: english(text), text } };
    }
    return { ok: true, value: checked.data };
  };
}

// Main process (plain Node). One dispatcher serves both transports: it validates every payload with the
// channel's schema, runs the handler and validates its result, and always answers with an envelope.
import { channels, isChannelName, issuesOf, type Envelope } from '../../shared/contract';
import type { CallContext, Handlers } from './handler-types';
import { UserFacingError } from './handler-types';

export type Dispatch = (channel: unknown, payload: unknown, ctx: CallContext) => Promise<Envelope<unknown>>;

export interface DispatcherOptions {
  /** Where unexpected handler failures are reported (never shown to the page as-is). */
  onUnexpectedError?: (channel: string, error: unknown) => void;
}

export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  return async (channel, payload, ctx) => {
    if (!isChannelName(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: 'The app has no such call.' } };
    }
    const spec = channels[channel];
    const parsed = spec.args.safeParse(payload);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'invalid_payload',
          message: `The request to "${channel}" was malformed and was not run.`,
          issues: issuesOf(parsed.error),
        },
      };
    }
    let value: unknown;
    try {
      const handler = handlers[channel] as (args: unknown, ctx: CallContext) => unknown;
      value = await handler(parsed.data, ctx);
    } catch (error) {
      if (error instanceof UserFacingError) {
        return { ok: false, error: { code: 'handler_failed', message: error.message } };
      }
      options.onUnexpectedError?.(channel, error);
      return {
        ok: false,
        error: { code: 'handler_failed', message: `"${channel}" failed unexpectedly. The log has the details.` },
      };
    }
    const checked = spec.result.safeParse(value);
    if (!checked.success) {
      options.onUnexpectedError?.(channel, checked.error);
      return {
        ok: false,
        error: { code: 'invalid_result', message: `"${channel}" produced an answer outside the contract.` },
      };
    }
    return { ok: true, value: checked.data };
  };
}

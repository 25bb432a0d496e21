// Runs anywhere: the one IPC contract. Every call the page can make is listed here with a zod schema for
// its arguments and its result; main, preload and the browser transport are all built from this map.
import { z } from 'zod';

export const channel = <A extends z.ZodType, R extends z.ZodType>(args: A, result: R) => ({ args, result });

const NoArgs = z.object({}).strict();

export const BackendStatusSchema = z.object({
  state: z.enum(['starting', 'ready', 'error']),
  /** One line for people, already translated-neutral: a key plus values the renderer turns into text. */
  messageKey: z.string(),
  detail: z.string().optional(),
});
export type BackendStatus = z.infer<typeof BackendStatusSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  mode: z.enum(['demo', 'tesla']),
  transport: z.enum(['electron', 'browser']),
  backend: BackendStatusSchema,
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const channels = {
  'app:info': channel(NoArgs, AppInfoSchema),
  'app:openExternal': channel(
    z.object({ url: z.string().min(1).max(4096) }).strict(),
    z.object({ handledBy: z.enum(['system', 'page']), url: z.string() }),
  ),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelArgs<C extends ChannelName> = z.input<Channels[C]['args']>;
export type ChannelResult<C extends ChannelName> = z.output<Channels[C]['result']>;

export const channelNames = Object.keys(channels) as ChannelName[];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(channels, value);
}

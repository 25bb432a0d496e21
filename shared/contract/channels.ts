// Runs anywhere: the one IPC contract. Every call the page can make is listed here (one file per area
// under areas/) with a zod schema for its arguments and its result; main, preload and the browser
// transport are all built from this map.
import type { z } from 'zod';
import { appChannels } from './areas/app';
import { accountsChannels } from './areas/accounts';
import { profilesChannels } from './areas/profiles';
import { reportsChannels } from './areas/reports';
import { testChargeChannels } from './areas/test-charge';
import { supportChannels } from './areas/support';
import { checklistChannels } from './areas/checklist';
import { boardChannels } from './areas/board';

export * from './areas/app';
export * from './areas/accounts';
export * from './areas/profiles';
export * from './areas/reports';
export * from './areas/test-charge';
export * from './areas/support';
export * from './areas/checklist';
export * from './areas/board';
export { channel, NoArgs } from './define';

export const channels = {
  ...appChannels,
  ...accountsChannels,
  ...profilesChannels,
  ...reportsChannels,
  ...testChargeChannels,
  ...supportChannels,
  ...checklistChannels,
  ...boardChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelArgs<C extends ChannelName> = z.input<Channels[C]['args']>;
export type ChannelResult<C extends ChannelName> = z.output<Channels[C]['result']>;
/** The channels of one area, e.g. AreaChannels<'app'> = 'app:info' | 'app:openExternal'. */
export type AreaChannels<A extends string> = Extract<ChannelName, `${A}:${string}`>;

export const channelNames = Object.keys(channels) as ChannelName[];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(channels, value);
}

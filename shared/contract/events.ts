// Runs anywhere: pushes from the main side to the page (progress, live samples, status changes).
import { z } from 'zod';
import { BackendStatusSchema } from './channels';
import { accountsEvents } from './areas/accounts';
import { testChargeEvents } from './areas/test-charge';
import { checklistEvents } from './areas/checklist';

export const ProgressSchema = z.object({
  taskId: z.string(),
  label: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

export const events = {
  'app:statusChanged': BackendStatusSchema,
  'task:progress': ProgressSchema,
  ...accountsEvents,
  ...testChargeEvents,
  ...checklistEvents,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const eventNames = Object.keys(events) as EventName[];

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(events, value);
}

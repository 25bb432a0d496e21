// Runs anywhere (main, preload, renderer): no Node, DOM or Electron imports.
import { z } from 'zod';
import { TextRefSchema } from '../text/text-ref';

export const IpcErrorCodeSchema = z.enum([
  'invalid_payload', // the arguments did not match the channel's schema
  'unknown_channel', // no such channel in the contract
  'forbidden_sender', // the caller is not the app's own page
  'handler_failed', // the handler refused or failed; message says what to do next
  'invalid_result', // the main side produced a result outside the contract (a bug)
  'transport_closed', // the connection to the main side is gone
]);
export type IpcErrorCode = z.infer<typeof IpcErrorCodeSchema>;

export const IpcErrorSchema = z.object({
  code: IpcErrorCodeSchema,
  /** In English: the terminal, the log, and the page when it has no `text`. */
  message: z.string(),
  /** The same as a key under `errors.` in the text catalogue and its values: the page shows it in its language. */
  text: TextRefSchema.optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type IpcError = z.infer<typeof IpcErrorSchema>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: IpcErrorSchema }),
]);

/** Converts zod issues into plain, serialisable path/message pairs. */
export function issuesOf(error: z.ZodError): NonNullable<IpcError['issues']> {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
}

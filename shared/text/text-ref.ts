// Runs anywhere. A message as data: a key in the text catalogue and its values. Checks, fixes, evidence
// notes and the main process's user-facing errors carry this instead of a sentence; each edge (screen,
// report, terminal) renders it in its language.
import { z } from 'zod';

export const TextParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type TextParams = z.infer<typeof TextParamsSchema>;

export const TextRefSchema = z.object({ key: z.string(), params: TextParamsSchema });
export type TextRef = z.infer<typeof TextRefSchema>;

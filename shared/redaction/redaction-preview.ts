// Runs anywhere. What the redactor will hide, for the export dialog: where and which kind, never the value.
import { z } from 'zod';

export const REDACTION_CATEGORIES = [
  'secret',
  'vin',
  'email',
  'phone',
  'name',
  'address',
  'location',
  'identifier',
  'customer_label',
] as const;
export const RedactionCategorySchema = z.enum(REDACTION_CATEGORIES);
export type RedactionCategory = z.infer<typeof RedactionCategorySchema>;

export const RedactionItemSchema = z.object({
  /** Where in the document, e.g. `raw[1].body.response[0].vin`. */
  path: z.string(),
  category: RedactionCategorySchema,
  /** What the value becomes (a mask, a hash or a marker): safe to show. */
  replacement: z.string(),
});
export type RedactionItem = z.infer<typeof RedactionItemSchema>;

export const RedactionPreviewSchema = z.object({
  items: z.array(RedactionItemSchema),
  counts: z.record(RedactionCategorySchema, z.number().int().nonnegative()),
  total: z.number().int().nonnegative(),
  /** True when `items` was cut short (counts and total still cover everything). */
  truncated: z.boolean(),
});
export type RedactionPreview = z.infer<typeof RedactionPreviewSchema>;

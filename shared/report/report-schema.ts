// Runs anywhere. The report document: what `diagnose --format json` prints, what is exported and what
// support opens. Versioned; a change that breaks readers gets a new schema id.
import { z } from 'zod';
import { CheckSchema, VerdictsSchema } from '@shared/report/check-types';
import { TestRunSchema } from './test-run-schema';

export const REPORT_SCHEMA_ID = 'tesla-connect-doctor/report@1';

export const ApiUsageSchema = z.object({
  requests: z.number().int().nonnegative(),
  byClass: z.object({
    data: z.number().int().nonnegative(),
    command: z.number().int().nonnegative(),
    wake: z.number().int().nonnegative(),
    auth: z.number().int().nonnegative(),
  }),
  estimatedCostUsd: z.number().nonnegative(),
});
export type ApiUsage = z.infer<typeof ApiUsageSchema>;

/** One Fleet API response the checks were built from (redacted before it leaves the app). */
export const RawResponseSchema = z.object({
  request: z.string(),
  status: z.number().int(),
  receivedAt: z.string(),
  body: z.unknown(),
  /**
   * Set by the client when the answer cannot be used as data although it came (junk in a valid envelope,
   * or too large to read): why, in words. The rules then judge it unknown, never from `body`.
   */
  invalid: z.string().optional(),
  /**
   * Non-2xx answers: the cause id from Tesla's error catalogue (shared/tesla/error-catalogue.ts), named by the
   * body text first and the status second. Optional: reports written before it still read as report@1.
   */
  cause: z.string().max(80).optional(),
  /** 429: the wait Tesla asked for (Retry-After or RateLimit-Reset, seconds), so the report can say until when. */
  retryAfterSeconds: z.number().nonnegative().optional(),
});
export type RawResponse = z.infer<typeof RawResponseSchema>;

export const ReportSchema = z.object({
  schema: z.literal(REPORT_SCHEMA_ID),
  generatedAt: z.string(),
  app: z.object({ version: z.string(), profile: z.enum(['demo', 'tesla']).optional() }),
  customerLabel: z.string().nullable().optional(),
  account: z.object({
    region: z.string().nullable(),
    grantedScopes: z.array(z.string()),
    /** Which way in was used: `platform` (borrowed), `own_app`, `replace`; absent in older reports. */
    way: z.enum(['platform', 'own_app', 'replace']).optional(),
  }),
  checks: z.array(CheckSchema),
  verdicts: VerdictsSchema.optional(),
  testRuns: z.array(TestRunSchema).default([]),
  apiUsage: ApiUsageSchema,
  raw: z.array(RawResponseSchema).default([]),
  integrity: z.object({ algorithm: z.literal('sha256'), digest: z.string() }).optional(),
});
export type Report = z.infer<typeof ReportSchema>;

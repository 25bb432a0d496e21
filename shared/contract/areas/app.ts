// Runs anywhere. The `app:` area: the app's identity and status, and opening links in the system browser.
import { z } from 'zod';
import { channel, NoArgs } from '../define';

export const BackendStatusSchema = z.object({
  state: z.enum(['starting', 'ready', 'error']),
  /** An i18n key the renderer turns into text, so the main side never sends untranslated prose. */
  messageKey: z.string(),
  detail: z.string().optional(),
});
export type BackendStatus = z.infer<typeof BackendStatusSchema>;

/** A settings or customers file that could not be read and was moved aside (kept, never deleted). */
export const DataProblemSchema = z.object({
  store: z.enum(['settings', 'accounts', 'update-settings']),
  reason: z.enum(['not_json', 'wrong_layout']),
  /** Where the unreadable file was kept, for the installer to send to support. */
  keptAt: z.string(),
});
export type DataProblem = z.infer<typeof DataProblemSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  mode: z.enum(['demo', 'tesla']),
  transport: z.enum(['electron', 'browser']),
  backend: BackendStatusSchema,
  /** Settings/customers files moved aside this run: the screen says so with the kept file's path. */
  dataProblems: z.array(DataProblemSchema).optional(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const appChannels = {
  'app:info': channel(NoArgs, AppInfoSchema),
  'app:openExternal': channel(
    z.object({ url: z.string().min(1).max(4096) }).strict(),
    z.object({ handledBy: z.enum(['system', 'page']), url: z.string() }),
  ),
} as const;

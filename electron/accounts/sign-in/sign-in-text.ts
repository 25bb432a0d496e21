// Main process (plain Node). A sign-in failure's words as a key under `errors.` in the text catalogue and
// its values, plus the English (for the log, the terminal and the browser tab the reply landed in): the
// Customers screen shows it in the page's language.
import { textIn } from '@shared/text/languages';
import type { TextParams, TextRef } from '@shared/text/text-ref';
import type { ErrorKey } from '@main/ipc/handler-types';

export interface SignInText {
  message: string;
  text: TextRef;
}

export function signInText(key: ErrorKey, params: TextParams = {}): SignInText {
  return { message: textIn('en')(`errors.${key}`, params), text: { key: `errors.${key}`, params } };
}

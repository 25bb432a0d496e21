// Main process (plain Node). Deep links can arrive before the backend is ready (a macOS cold start, a
// second instance launched by the browser): the inbox keeps them until a handler is attached, then hands
// each over once. Only URLs on the app's own scheme are taken from argv.
import type { SignInFinished } from '@shared/contract/areas/accounts';
import type { CallbackOutcome } from './sign-in-flow';

export class DeepLinkInbox {
  private readonly queue: string[] = [];
  private handler: ((url: string) => void) | null = null;

  constructor(private readonly scheme: string) {}

  /** Takes the app's deep links out of a command line (first launch or `second-instance`). */
  takeFromArgv(argv: readonly string[]): void {
    for (const arg of argv)
      if (typeof arg === 'string' && arg.toLowerCase().startsWith(`${this.scheme}:`)) this.push(arg);
  }

  push(url: string): void {
    if (this.handler) this.handler(url);
    else this.queue.push(url);
  }

  attach(handler: (url: string) => void): void {
    this.handler = handler;
    for (const url of this.queue.splice(0)) handler(url);
  }

  get pending(): number {
    return this.queue.length;
  }
}

/**
 * Hands a deep link to the account side. A refusal that belongs to no sign-in (forged, replayed,
 * malformed) is still told to the page, so the installer sees why nothing happened.
 */
export function deepLinkHandler(
  accounts: { handleCallbackUrl(url: unknown): Promise<CallbackOutcome> },
  notify: (event: SignInFinished) => void,
): (url: string) => void {
  return (url) => {
    void accounts.handleCallbackUrl(url).then((outcome) => {
      if (!outcome.ok && outcome.signInId === null)
        notify({ signInId: null, ok: false, accountId: null, error: outcome.message });
    });
  };
}

// Main process (plain Node). Handlers of the `accounts:` area: the page starts a sign-in and sees the
// customers; tokens never cross to it.
import { UserFacingError, type AreaHandlers } from '@main/ipc/handler-types';
import { isAllowedExternalUrl, type ExternalUrlPolicy } from '@main/security/url-policy';
import type { AccountService } from './account-service';

/** What the sign-in needs from the process it runs in: where links may go and who opens them. */
export interface SignInEdge {
  urlPolicy(): ExternalUrlPolicy;
  /** Opens a URL in the system browser; absent in browser mode, where the page opens it itself. */
  openExternal?: ((url: string) => Promise<void>) | undefined;
}

/** Every `accounts:` handler but `accounts:forgetAll`, which is End visit's (electron/end-visit). */
export function accountsHandlers(
  accounts: AccountService,
  edge: SignInEdge,
): Omit<AreaHandlers<'accounts'>, 'accounts:forgetAll'> {
  const list = () => accounts.overview();
  return {
    'accounts:list': list,
    'accounts:connect': async ({ label, reconnectAccountId }) => {
      const started = await accounts.connect({
        label: label ?? null,
        reconnectAccountId: reconnectAccountId ?? null,
      });
      const base = {
        signInId: started.signInId,
        authorizeUrl: started.authorizeUrl,
        callback: started.callback,
        expiresAt: new Date(started.expiresAt).toISOString(),
      };
      if (!isAllowedExternalUrl(started.authorizeUrl, edge.urlPolicy())) {
        accounts.cancelSignIn(started.signInId);
        throw new UserFacingError('sign_in_page_not_allowed');
      }
      if (edge.openExternal) {
        await edge.openExternal(started.authorizeUrl);
        return { ...base, handledBy: 'system' as const };
      }
      return { ...base, handledBy: 'page' as const };
    },
    'accounts:cancelSignIn': ({ signInId }) => ({ cancelled: accounts.cancelSignIn(signInId) }),
    'accounts:setLabel': ({ accountId, label }) => {
      accounts.setLabel(accountId, label);
      return list();
    },
    'accounts:forget': async ({ accountId }) => {
      await accounts.forget(accountId);
      return list();
    },
    'accounts:setSessionOnly': ({ enabled }) => {
      accounts.setSessionOnly(enabled);
      return list();
    },
  };
}

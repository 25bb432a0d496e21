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

/** Every `accounts:` handler but the visit's (`forgetAll`, `visitProgress`: electron/end-visit). */
export function accountsHandlers(
  accounts: AccountService,
  edge: SignInEdge,
): Omit<AreaHandlers<'accounts'>, 'accounts:forgetAll' | 'accounts:visitProgress'> {
  const list = () => accounts.overview();
  return {
    'accounts:list': list,
    'accounts:connect': async ({ label, reconnectAccountId, way, confirmedReplace, language }) => {
      const reconnect = reconnectAccountId ? accounts.list().find((a) => a.id === reconnectAccountId) : undefined;
      const platform = accounts.platformFor(reconnect?.profileId);
      // With a platform, a sign-in under its client replaces its connection: whatever asked for it (a
      // reconnect too) must have confirmed. A reconnect of an own-app customer stays in the own app.
      // A Tesla profile whose client id is the doctor's own app records its sign-ins as such.
      const ownAppProfile = !platform && accounts.activeProfileWay(reconnect?.profileId) === 'own_app';
      const chosen =
        way ?? (reconnect?.way === 'own_app' || ownAppProfile ? 'own_app' : platform ? 'replace' : undefined);
      const started = await accounts.connect({
        label: label ?? null,
        reconnectAccountId: reconnectAccountId ?? null,
        ...(chosen ? { way: chosen } : {}),
        ...(confirmedReplace ? { confirmedReplace } : {}),
        ...(language ? { language } : {}),
        ...(platform
          ? {
              replaceNames: {
                customer: reconnect?.label ?? (label?.trim() || 'the customer'),
                platform: platform.name,
              },
            }
          : {}),
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
    'accounts:connectThroughPlatform': async ({ customer, label }) => {
      const platform = accounts.platformFor();
      if (!platform) throw new UserFacingError('platform_none');
      const accountId = await accounts.connectThroughPlatform({
        platform: platform.client,
        customer,
        label: label ?? null,
      });
      return { accountId };
    },
    'accounts:connectForPlatform': async ({ customer, label, addMissingScopes, language }) => {
      const platform = accounts.platformFor();
      if (!platform) throw new UserFacingError('platform_none');
      const policy = edge.urlPolicy();
      let opened = false;
      const started = await accounts.startConnectForPlatform({
        platform,
        customer,
        label: label ?? null,
        promptMissingScopes: addMissingScopes === true,
        ...(language ? { language } : {}),
        // The platform names the sign-in page: it must be one the app may open, like any sign-in page.
        openUrl: async (url) => {
          if (!isAllowedExternalUrl(url, policy)) throw new UserFacingError('sign_in_page_not_allowed');
          if (edge.openExternal) {
            await edge.openExternal(url);
            opened = true;
          }
        },
      });
      return {
        signInId: started.signInId,
        authorizeUrl: started.authorizeUrl,
        handledBy: opened ? ('system' as const) : ('page' as const),
        callback: 'loopback' as const,
        expiresAt: new Date(started.expiresAt).toISOString(),
      };
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

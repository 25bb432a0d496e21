// Main process (plain Node). Handlers of the `accounts:` area: the page starts a sign-in and sees the
// customers; tokens never cross to it.
import type { BackendContext } from '../app/backend-context';
import { endVisit } from '../app/end-visit';
import { UserFacingError, type AreaHandlers } from '../ipc/handler-types';
import { isAllowedExternalUrl } from '../security/url-policy';

export function accountsHandlers(ctx: BackendContext): AreaHandlers<'accounts'> {
  const list = () => ctx.accounts.overview();
  return {
    'accounts:list': list,
    'accounts:connect': async ({ label, reconnectAccountId, way, confirmedReplace }) => {
      const reconnect = reconnectAccountId ? ctx.accounts.list().find((a) => a.id === reconnectAccountId) : undefined;
      const platform = ctx.accounts.platformFor(reconnect?.profileId);
      // With a platform, a sign-in under its client replaces its connection: whatever asked for it (a
      // reconnect too) must have confirmed. A reconnect of an own-app customer stays in the own app.
      const chosen = way ?? (reconnect?.way === 'own_app' ? 'own_app' : platform ? 'replace' : undefined);
      const started = await ctx.accounts.connect({
        label: label ?? null,
        reconnectAccountId: reconnectAccountId ?? null,
        ...(chosen ? { way: chosen } : {}),
        ...(confirmedReplace ? { confirmedReplace } : {}),
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
      if (!isAllowedExternalUrl(started.authorizeUrl, ctx.urlPolicy())) {
        ctx.accounts.cancelSignIn(started.signInId);
        throw new UserFacingError('sign_in_page_not_allowed');
      }
      if (ctx.options.openExternal) {
        await ctx.options.openExternal(started.authorizeUrl);
        return { ...base, handledBy: 'system' as const };
      }
      return { ...base, handledBy: 'page' as const };
    },
    'accounts:connectThroughPlatform': async ({ customer, label }) => {
      const platform = ctx.accounts.platformFor();
      if (!platform) throw new UserFacingError('platform_none');
      const accountId = await ctx.accounts.connectThroughPlatform({
        platform: platform.client,
        customer,
        label: label ?? null,
      });
      return { accountId };
    },
    'accounts:cancelSignIn': ({ signInId }) => ({ cancelled: ctx.accounts.cancelSignIn(signInId) }),
    'accounts:setLabel': ({ accountId, label }) => {
      ctx.accounts.setLabel(accountId, label);
      return list();
    },
    'accounts:forget': async ({ accountId }) => {
      await ctx.accounts.forget(accountId);
      return list();
    },
    'accounts:forgetAll': async () => {
      const visit = await endVisit({
        dataDir: ctx.options.dataDir,
        accounts: ctx.accounts,
        checklist: ctx.checklist,
        reports: ctx.reports,
        log: ctx.log,
      });
      return { ...(await list()), visit };
    },
    'accounts:setSessionOnly': ({ enabled }) => {
      ctx.accounts.setSessionOnly(enabled);
      return list();
    },
  };
}

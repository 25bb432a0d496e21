// Renderer: the Customers screen (the `accounts` area). Connect a customer's Tesla account (the sign-in happens in the system
// browser), switch between customers, reconnect, forget one, or end the site visit (forget all).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveParams, type Translate } from '@shared/text/resolve-params';
import { useAccountsStore } from '@renderer/state/accounts-store';
import { AccountCard } from './AccountCard';
import { ConnectPanel } from './ConnectPanel';
import { EndVisitPanel } from './EndVisitPanel';
import './accounts.css';

export function AccountsScreen() {
  const { t } = useTranslation();
  // A notice's values may name keys themselves (a refusal's reason): resolved in the same language.
  const tr = t as unknown as Translate;
  const { accounts, loaded, notice, ensureLoaded, dismissNotice, connect, busy, signIn, connectWays } =
    useAccountsStore();
  // A customer reached through the platform gets its boxes by connecting for the platform.
  const noticeThroughPlatform = accounts.some((a) => a.id === notice?.reconnectAccountId && a.way === 'platform');
  const [focusId, setFocusId] = useState<string | null>(null);
  // The entry asked at start-up already: joined, not asked twice (events keep the list fresh after).
  useEffect(() => {
    void ensureLoaded();
  }, [ensureLoaded]);

  return (
    <div className="accounts-screen">
      <h2>{t('accounts.heading')}</h2>
      {notice && (
        <div
          role={notice.kind === 'ok' ? 'status' : 'alert'}
          className={`notice notice-${notice.kind}`}
          data-testid="accounts-notice"
        >
          <span>
            {notice.key
              ? tr(notice.key, {
                  ...resolveParams(notice.values ?? {}, tr),
                  defaultValue: notice.message ?? notice.key,
                })
              : notice.message}
          </span>
          <span>
            {notice.reconnectAccountId && (
              // Reconnects with prompt_missing_scopes: Tesla shows the ticked boxes and asks for the rest.
              <button
                type="button"
                className="primary"
                disabled={busy || signIn !== null}
                onClick={() => void connect('', notice.reconnectAccountId)}
              >
                {noticeThroughPlatform
                  ? t('accounts.connect.forPlatform.addBoxes', { platform: connectWays?.platform ?? '' })
                  : t('accounts.reconnectNow')}
              </button>
            )}
            <button type="button" className="link" onClick={dismissNotice}>
              {t('accounts.dismiss')}
            </button>
          </span>
        </div>
      )}
      <ConnectPanel />
      <section aria-labelledby="accounts-list-heading">
        <h3 id="accounts-list-heading">{t('accounts.listHeading', { count: accounts.length })}</h3>
        {loaded && accounts.length === 0 && <p className="muted">{t('accounts.empty')}</p>}
        <ul className="customer-list" data-testid="customer-list">
          {accounts.map((a) => (
            <AccountCard
              key={a.id}
              account={a}
              expanded={focusId === a.id}
              onToggle={() => setFocusId(focusId === a.id ? null : a.id)}
            />
          ))}
        </ul>
      </section>
      <EndVisitPanel count={accounts.length} />
    </div>
  );
}

// Renderer: connects a new customer and shows a sign-in waiting; warns when the keychain cannot keep the
// sign-in and offers session-only mode. A profile with a platform offers three ways in, through the platform
// first (nothing signs in again); replacing the platform's connection is asked about before anything starts.
// When the platform has no connection for the customer (lost or never made) it offers to connect for it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectWay } from '@shared/contract';
import { useAccountsStore } from '@renderer/state/accounts-store';

export function ConnectPanel() {
  const { t } = useTranslation();
  const {
    signIn,
    busy,
    keychain,
    sessionOnly,
    connectWays,
    connect,
    connectThroughPlatform,
    platformLost,
    connectForPlatform,
    cancelSignIn,
    setSessionOnly,
  } = useAccountsStore();
  const [label, setLabel] = useState('');
  const [customer, setCustomer] = useState('');
  const [picked, setPicked] = useState<ConnectWay | null>(null);
  const [confirming, setConfirming] = useState(false);
  const keychainMissing = keychain !== null && !keychain.available;
  // Borrowing keeps nothing, so the keychain does not matter for it.
  const platform = connectWays?.platform ?? '';
  const way: ConnectWay | null = connectWays
    ? picked && connectWays.ways.includes(picked)
      ? picked
      : (connectWays.ways[0] ?? null)
    : null;
  const blocked = keychainMissing && !sessionOnly && way !== 'platform';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (way === 'platform') {
      if (customer.trim())
        void connectThroughPlatform(customer, label).then(() => {
          setLabel('');
          setCustomer('');
        });
      return;
    }
    // Said before any browser opens: nothing starts until the installer confirms.
    if (way === 'replace') {
      setConfirming(true);
      return;
    }
    void connect(label, undefined, way === 'own_app' ? { way } : {}).then(() => setLabel(''));
  };
  const confirmReplace = () => {
    setConfirming(false);
    void connect(label, undefined, { way: 'replace', confirmedReplace: true }).then(() => setLabel(''));
  };

  return (
    <section className="card connect-panel" aria-labelledby="connect-heading">
      <h3 id="connect-heading">{t('accounts.connect.heading')}</h3>
      {keychainMissing && (
        <div className="keychain-warning" role="note" data-testid="keychain-warning">
          <p>{t('accounts.keychain.unavailable', { reason: keychain?.reason ?? '' })}</p>
          {!sessionOnly ? (
            <button type="button" onClick={() => void setSessionOnly(true)} disabled={busy}>
              {t('accounts.keychain.useSessionOnly')}
            </button>
          ) : (
            <p>{t('accounts.keychain.sessionOnlyOn')}</p>
          )}
        </div>
      )}
      {!keychainMissing && sessionOnly && <p className="muted">{t('accounts.keychain.sessionOnlyOn')}</p>}
      {!signIn && platformLost && (
        // Borrowing found no connection at the platform: the way out is to connect for it, not to sign in here.
        <div className="platform-lost" data-testid="platform-lost">
          <p>{t('accounts.connect.forPlatform.explain', { platform })}</p>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void connectForPlatform(platformLost.customer, platformLost.label)}
          >
            {t('accounts.connect.forPlatform.button', { platform })}
          </button>
        </div>
      )}
      {signIn ? (
        <div className="sign-in-waiting" role="status" data-testid="sign-in-waiting">
          <p>{t(signIn.handledBy === 'system' ? 'accounts.connect.waitingSystem' : 'accounts.connect.waitingPage')}</p>
          <p className="muted">
            {t('accounts.connect.expires', { time: new Date(signIn.expiresAt).toLocaleTimeString() })}
          </p>
          <p>
            <a href={signIn.authorizeUrl} target="_blank" rel="noopener noreferrer">
              {t('accounts.connect.openAgain')}
            </a>
          </p>
          <button type="button" onClick={() => void cancelSignIn()} disabled={busy}>
            {t('accounts.connect.cancel')}
          </button>
        </div>
      ) : (
        <form onSubmit={submit} className="connect-form">
          {connectWays && way && (
            <fieldset className="connect-ways" data-testid="connect-ways">
              <legend>{t('accounts.connect.ways.legend')}</legend>
              {connectWays.ways.map((w) => (
                <label key={w} className="connect-way">
                  <input
                    type="radio"
                    name="connect-way"
                    value={w}
                    checked={way === w}
                    onChange={() => {
                      setPicked(w);
                      setConfirming(false);
                    }}
                  />
                  {t(`accounts.connect.ways.${w}`, { platform })}
                </label>
              ))}
              <p className="muted hint" data-testid="connect-way-hint">
                {t(`accounts.connect.wayHint.${way}`, { platform })}
              </p>
            </fieldset>
          )}
          {way === 'platform' && (
            <>
              <label htmlFor="platform-customer">{t('accounts.connect.customerField', { platform })}</label>
              <input
                id="platform-customer"
                value={customer}
                maxLength={320}
                required
                autoComplete="off"
                onChange={(e) => setCustomer(e.target.value)}
                placeholder={t('accounts.connect.customerPlaceholder')}
              />
            </>
          )}
          <label htmlFor="customer-label">{t('accounts.connect.labelField')}</label>
          <input
            id="customer-label"
            value={label}
            maxLength={80}
            onChange={(e) => setLabel(e.target.value)}
            placeholder={t('accounts.connect.labelPlaceholder')}
          />
          {way !== 'platform' && <p className="muted hint">{t('accounts.connect.hint')}</p>}
          {confirming ? (
            <div
              role="alertdialog"
              aria-labelledby="replace-question"
              aria-describedby="replace-sentence"
              className="confirm replace-confirm"
              data-testid="replace-confirm"
            >
              <p id="replace-question">
                <strong>{t('accounts.connect.confirm.title', { platform })}</strong>
              </p>
              <p id="replace-sentence">
                {t('accounts.connect.confirm.sentence', {
                  customer: label.trim() || t('accounts.connect.confirm.unnamed'),
                  platform,
                })}
              </p>
              <button type="button" className="danger" disabled={busy || blocked} onClick={confirmReplace}>
                {t('accounts.connect.confirm.yes')}
              </button>
              {/* The question just appeared: the keyboard lands on the safe answer. */}
              <button type="button" autoFocus onClick={() => setConfirming(false)}>
                {t('accounts.connect.confirm.no')}
              </button>
            </div>
          ) : (
            <>
              <button
                type="submit"
                className="primary"
                disabled={busy || blocked}
                {...(blocked ? { 'aria-describedby': 'connect-blocked-reason' } : {})}
              >
                {t('accounts.connect.start')}
              </button>
              {/* A disabled button says nothing by itself: why, and what to do and who, right beside it. */}
              {blocked && (
                <p id="connect-blocked-reason" className="connect-blocked" data-testid="connect-blocked-reason">
                  {t('accounts.keychain.blockedReason', { reason: keychain?.reason ?? '' })}
                </p>
              )}
            </>
          )}
        </form>
      )}
    </section>
  );
}

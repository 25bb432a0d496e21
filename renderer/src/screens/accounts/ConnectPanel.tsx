// Renderer: starts a sign-in for a new customer and shows it waiting; warns when the keychain cannot keep
// the sign-in and offers session-only mode.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountsStore } from '@renderer/state/accounts-store';

export function ConnectPanel() {
  const { t } = useTranslation();
  const { signIn, busy, keychain, sessionOnly, connect, cancelSignIn, setSessionOnly } = useAccountsStore();
  const [label, setLabel] = useState('');
  const keychainMissing = keychain !== null && !keychain.available;
  const blocked = keychainMissing && !sessionOnly;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void connect(label).then(() => setLabel(''));
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
          <label htmlFor="customer-label">{t('accounts.connect.labelField')}</label>
          <input
            id="customer-label"
            value={label}
            maxLength={80}
            onChange={(e) => setLabel(e.target.value)}
            placeholder={t('accounts.connect.labelPlaceholder')}
          />
          <p className="muted hint">{t('accounts.connect.hint')}</p>
          <button type="submit" className="primary" disabled={busy || blocked}>
            {t('accounts.connect.start')}
          </button>
        </form>
      )}
    </section>
  );
}

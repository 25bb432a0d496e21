// Renderer: one connected customer: label, email (only when Profile Information was granted), region,
// when connected, granted scopes (as of the freshest token, with those new from Tesla listed) and state, with
// switch / rename / reconnect / forget.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '@shared/contract';
import { CONSENT_LABELS, type ConsentScope } from '@shared/tesla/scopes';
import { localTime } from '@renderer/i18n/local-time';
import { useAccountsStore } from '@renderer/state/accounts-store';

export function AccountCard({
  account,
  expanded,
  onToggle,
}: {
  account: AccountView;
  expanded: boolean;
  onToggle: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { selectedAccountId, select, connect, forget, setLabel, busy, signIn, connectWays } = useAccountsStore();
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const [label, setLabelText] = useState(account.label);
  const selected = selectedAccountId === account.id;
  const headingId = `customer-${account.id}`;
  // Counted by the boxes on Tesla's consent screen (as the customer saw them), not by token scopes.
  const asked = account.consent?.asked ?? [];
  const missing = account.consent?.missing ?? [];
  const shownState = account.state === 'connected' && missing.length > 0 ? 'missing_consent' : account.state;
  // Scopes Tesla added that the doctor does not know yet: listed, never an error.
  const fromTesla = account.consent?.newFromTesla ?? [];
  const boxLabel = (s: string) => `“${CONSENT_LABELS[s as ConsentScope] ?? s}”`;

  return (
    <li
      className={`card customer${selected ? ' customer-selected' : ''}`}
      aria-labelledby={headingId}
      data-testid="customer-card"
    >
      <div className="customer-head">
        <h4 id={headingId}>{account.label}</h4>
        {selected && <span className="badge">{t('accounts.card.selected')}</span>}
        <span className={`badge state-${shownState}`}>{t(`accounts.card.state.${shownState}`)}</span>
        {account.sessionOnly && <span className="badge">{t('accounts.card.sessionOnly')}</span>}
        {account.way && (
          <span className="badge" data-testid="customer-way">
            {t(`accounts.card.way.${account.way}`)}
          </span>
        )}
      </div>
      <dl className="customer-facts">
        <dt>{t('accounts.card.email')}</dt>
        <dd>{account.email ?? t('accounts.card.emailNotReported')}</dd>
        <dt>{t('accounts.card.region')}</dt>
        <dd>{t(`accounts.region.${account.region}`)}</dd>
        <dt>{t('accounts.card.connectedAt')}</dt>
        <dd>{localTime(account.connectedAt, i18n.language)}</dd>
        <dt>{t('accounts.card.scopes')}</dt>
        <dd>
          <button type="button" className="link" aria-expanded={expanded} onClick={onToggle}>
            {asked.length > 0
              ? t('accounts.card.boxCount', { ticked: asked.length - missing.length, asked: asked.length })
              : t('accounts.card.scopeCount', { count: account.grantedScopes.length })}
          </button>
          {missing.length > 0 && (
            <p className="unticked" data-testid="unticked-boxes">
              {t('accounts.card.unticked', { boxes: missing.map(boxLabel).join(', ') })}
            </p>
          )}
          {account.scopesAsOf && (
            <p className="muted" data-testid="scopes-as-of">
              {t('accounts.card.scopesAsOf', { time: localTime(account.scopesAsOf, i18n.language) })}
            </p>
          )}
          {fromTesla.length > 0 && (
            <p className="muted" data-testid="new-from-tesla">
              {t('accounts.card.newFromTesla', { scopes: fromTesla.join(', ') })}
            </p>
          )}
          {expanded && (
            <ul className="scope-list">
              {account.grantedScopes.map((s) => (
                <li key={s}>
                  {/* Tesla's consent-screen label, then the scope itself. */}
                  {i18n.exists(`accounts.scope.${s}`) ? `${t(`accounts.scope.${s}`)} ` : ''}
                  <code>{s}</code>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {account.state === 'reconnect_needed' && (
        <p className="reconnect-reason" role="note">
          {t('accounts.card.reconnectReason', { reason: account.reconnectReason ?? '' })}
        </p>
      )}
      {editing ? (
        <form
          className="rename"
          onSubmit={(e) => {
            e.preventDefault();
            if (label.trim()) void setLabel(account.id, label.trim()).then(() => setEditing(false));
          }}
        >
          <label htmlFor={`rename-${account.id}`}>{t('accounts.card.labelField')}</label>
          <input
            id={`rename-${account.id}`}
            value={label}
            maxLength={80}
            onChange={(e) => setLabelText(e.target.value)}
          />
          <button type="submit" disabled={busy || !label.trim()}>
            {t('accounts.card.saveLabel')}
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('accounts.card.cancel')}
          </button>
        </form>
      ) : (
        <div className="actions">
          {!selected && (
            <button type="button" onClick={() => select(account.id)}>
              {t('accounts.card.switch')}
            </button>
          )}
          {(account.state === 'reconnect_needed' || missing.length > 0) && (
            <button
              type="button"
              className="primary"
              disabled={busy || signIn !== null}
              onClick={() => void connect('', account.id)}
            >
              {account.way === 'platform'
                ? t('accounts.connect.forPlatform.addBoxes', { platform: connectWays?.platform ?? '' })
                : t('accounts.card.reconnect')}
            </button>
          )}
          <button type="button" onClick={() => setEditing(true)}>
            {t('accounts.card.rename')}
          </button>
          {confirming ? (
            <span
              className="confirm"
              role="group"
              aria-label={t('accounts.card.forgetConfirm', { label: account.label })}
            >
              <span>{t('accounts.card.forgetConfirm', { label: account.label })}</span>
              <button
                type="button"
                className="danger"
                autoFocus
                disabled={busy}
                onClick={() => void forget(account.id)}
              >
                {t('accounts.card.forgetYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('accounts.card.cancel')}
              </button>
            </span>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              {t('accounts.card.forget')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

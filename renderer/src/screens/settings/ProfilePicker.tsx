// Renderer: which connection profile new sign-ins use, the Demo profile's callback kind, and per-profile
// client secret / removal.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileList, ProfileView } from '@shared/contract';
import { useProfilesStore } from './profiles-store';

function SecretForm({ view }: { view: ProfileView }) {
  const { t } = useTranslation();
  const { setClientSecret, clearClientSecret, busy } = useProfilesStore();
  const [secret, setSecret] = useState('');
  const id = `secret-${view.profile.id}`;
  return (
    <form
      className="rename"
      onSubmit={(e) => {
        e.preventDefault();
        // The field is emptied at once: the secret is not kept in the page.
        const value = secret;
        setSecret('');
        void setClientSecret(view.profile.id, value);
      }}
    >
      <span>{view.hasClientSecret ? t('settings.secret.stored') : t('settings.secret.missing')}</span>
      <label htmlFor={id}>{t('settings.secret.field')}</label>
      <input
        id={id}
        type="password"
        autoComplete="off"
        value={secret}
        minLength={8}
        onChange={(e) => setSecret(e.target.value)}
      />
      <button type="submit" disabled={busy || secret.length < 8}>
        {t('settings.secret.save')}
      </button>
      {view.hasClientSecret && (
        <button type="button" onClick={() => void clearClientSecret(view.profile.id)} disabled={busy}>
          {t('settings.secret.clear')}
        </button>
      )}
    </form>
  );
}

export function ProfilePicker({ list }: { list: ProfileList }) {
  const { t } = useTranslation();
  const { select, setDemoCallback, remove, busy } = useProfilesStore();
  return (
    <section className="card" aria-labelledby="profiles-heading">
      <h3 id="profiles-heading">{t('settings.profiles.heading')}</h3>
      <fieldset>
        <legend>{t('settings.profiles.active')}</legend>
        {list.profiles.map((v) => (
          <div key={v.profile.id} className="profile-row">
            <label>
              <input
                type="radio"
                name="active-profile"
                checked={list.activeProfileId === v.profile.id}
                disabled={busy}
                onChange={() => void select(v.profile.id)}
              />{' '}
              {v.profile.kind === 'demo' ? t('settings.profiles.demoName') : v.profile.name}{' '}
              <span className="muted">({t(`settings.profiles.kind.${v.profile.kind}`)})</span>
              {!v.ready && <span className="badge state-reconnect_needed"> {t('settings.profiles.needsSecret')}</span>}
            </label>
            {v.profile.kind === 'demo' && (
              <div className="rename">
                <label htmlFor="demo-callback">{t('settings.profiles.demoCallback')}</label>
                <select
                  id="demo-callback"
                  value={v.profile.callback}
                  onChange={(e) => void setDemoCallback(e.target.value === 'deep-link' ? 'deep-link' : 'loopback')}
                >
                  <option value="loopback">{t('settings.callback.loopback')}</option>
                  <option value="deep-link">{t('settings.callback.deepLink')}</option>
                </select>
                {v.profile.callback === 'deep-link' && (
                  <p className="muted hint">{t('settings.callback.deepLinkHint')}</p>
                )}
              </div>
            )}
            {v.profile.kind === 'tesla' && (
              <>
                <p className="muted">
                  {t('settings.profiles.summary', {
                    clientId: v.profile.clientId,
                    redirectUri: v.profile.redirectUri,
                    domain: v.profile.partnerDomain,
                  })}
                </p>
                {v.profile.credential.type === 'secret' ? (
                  <SecretForm view={v} />
                ) : (
                  <p className="muted">{t('settings.profiles.broker', { url: v.profile.credential.brokerUrl })}</p>
                )}
                <button type="button" className="danger" disabled={busy} onClick={() => void remove(v.profile.id)}>
                  {t('settings.profiles.remove', { name: v.profile.name })}
                </button>
              </>
            )}
          </div>
        ))}
      </fieldset>
    </section>
  );
}

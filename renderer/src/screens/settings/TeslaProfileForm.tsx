// Renderer: adds (or replaces, by id) a Tesla developer application profile, with the way in it uses
// (each way said in one sentence) and, through a platform, the platform's address and name (the agent key
// is entered after saving, in the profile list: it goes to the keychain). Validation happens in the
// contract; its field messages are shown next to the form.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectWay } from '@shared/contract';
import { useProfilesStore } from './profiles-store';

const WAYS: ConnectWay[] = ['platform', 'own_app', 'replace'];

const empty = {
  id: '',
  name: '',
  clientId: '',
  redirectUri: 'http://127.0.0.1:8765/callback',
  partnerDomain: '',
  credential: 'secret',
  brokerUrl: '',
  way: 'platform' as ConnectWay,
  platformUrl: '',
  platformName: '',
};

export function TeslaProfileForm() {
  const { t } = useTranslation();
  const { save, busy } = useProfilesStore();
  const [f, setF] = useState(empty);
  const field = (key: Exclude<keyof typeof empty, 'way'>, labelKey: string, type = 'text') => (
    <div className="form-row">
      <label htmlFor={`tp-${key}`}>{t(labelKey)}</label>
      <input id={`tp-${key}`} type={type} value={f[key]} onChange={(e) => setF({ ...f, [key]: e.target.value })} />
    </div>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save({
      id: f.id.trim(),
      kind: 'tesla',
      name: f.name.trim(),
      clientId: f.clientId.trim(),
      redirectUri: f.redirectUri.trim(),
      partnerDomain: f.partnerDomain.trim(),
      credential: f.credential === 'broker' ? { type: 'broker', brokerUrl: f.brokerUrl.trim() } : { type: 'secret' },
      way: f.way,
      ...(f.way === 'platform' ? { platform: { url: f.platformUrl.trim(), name: f.platformName.trim() } } : {}),
    }).then((ok) => ok && setF(empty));
  };
  return (
    <section className="card" aria-labelledby="tesla-profile-heading">
      <h3 id="tesla-profile-heading">{t('settings.form.heading')}</h3>
      <p className="muted">{t('settings.form.explain')}</p>
      <form onSubmit={submit} className="connect-form">
        {field('id', 'settings.form.id')}
        {field('name', 'settings.form.name')}
        {field('clientId', 'settings.form.clientId')}
        {field('redirectUri', 'settings.form.redirectUri')}
        {field('partnerDomain', 'settings.form.partnerDomain')}
        <fieldset className="profile-ways" data-testid="profile-ways">
          <legend>{t('settings.way.legend')}</legend>
          {WAYS.map((w) => (
            <label key={w} className="connect-way">
              <input
                type="radio"
                name="tp-way"
                value={w}
                checked={f.way === w}
                onChange={() => setF({ ...f, way: w })}
              />{' '}
              <strong>{t(`settings.way.${w}`)}</strong>
              <span className="muted hint"> {t(`settings.way.explain.${w}`)}</span>
            </label>
          ))}
        </fieldset>
        {f.way === 'platform' && field('platformUrl', 'settings.platform.url', 'url')}
        {f.way === 'platform' && field('platformName', 'settings.platform.name')}
        <fieldset>
          <legend>{t('settings.form.credential')}</legend>
          <label>
            <input
              type="radio"
              name="tp-credential"
              checked={f.credential === 'secret'}
              onChange={() => setF({ ...f, credential: 'secret' })}
            />{' '}
            {t('settings.form.useSecret')}
          </label>
          <label>
            <input
              type="radio"
              name="tp-credential"
              checked={f.credential === 'broker'}
              onChange={() => setF({ ...f, credential: 'broker' })}
            />{' '}
            {t('settings.form.useBroker')}
          </label>
        </fieldset>
        {f.credential === 'broker' && field('brokerUrl', 'settings.form.brokerUrl', 'url')}
        <button type="submit" className="primary" disabled={busy}>
          {t('settings.form.save')}
        </button>
      </form>
    </section>
  );
}

// Renderer: adds (or replaces, by id) a Tesla developer application profile. Validation happens in the
// contract; its field messages are shown next to the form.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useProfilesStore } from './profiles-store';

const empty = {
  id: '',
  name: '',
  clientId: '',
  redirectUri: 'http://127.0.0.1:8765/callback',
  partnerDomain: '',
  credential: 'secret',
  brokerUrl: '',
};

export function TeslaProfileForm() {
  const { t } = useTranslation();
  const { save, busy } = useProfilesStore();
  const [f, setF] = useState(empty);
  const field = (key: keyof typeof empty, labelKey: string, type = 'text') => (
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

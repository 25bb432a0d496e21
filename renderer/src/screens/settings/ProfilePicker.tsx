// Renderer: which connection profile new sign-ins use, the Demo profile's callback kind, and per profile
// its way in (said in one sentence), client secret, the platform's agent key (only whether one is stored:
// it is never shown back), "Test the platform", and removal.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileList, ProfileView } from '@shared/contract';
import { useProfilesStore } from './profiles-store';

/** The embedded simulator's demo platform, by its name (a proper name; the main side's DEMO_PLATFORM_NAME). */
const DEMO_PLATFORM = 'Demo Energy';

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

/** The way in the profile uses and what that means, in one sentence. */
function WayLine({ view }: { view: ProfileView }) {
  const { t } = useTranslation();
  const way = view.way;
  return (
    <p className="muted profile-way" data-testid="profile-way">
      {way
        ? t('settings.way.uses', { way: t(`settings.way.${way}`), explain: t(`settings.way.explain.${way}`) })
        : t('settings.way.unnamed')}
    </p>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The agent key: stored or not, replace or remove; the field empties at once and nothing comes back. */
function AgentKeyForm({ view, platform }: { view: ProfileView; platform: string }) {
  const { t } = useTranslation();
  const { setAgentKey, clearAgentKey, testPlatform, platformTests, busy } = useProfilesStore();
  const [key, setKey] = useState('');
  const id = `agent-key-${view.profile.id}`;
  const test = platformTests[view.profile.id];
  return (
    <>
      <form
        className="rename"
        onSubmit={(e) => {
          e.preventDefault();
          const value = key;
          setKey('');
          void setAgentKey(view.profile.id, value);
        }}
      >
        <span data-testid="agent-key-state">
          {view.hasAgentKey ? t('settings.platform.keyStored') : t('settings.platform.keyMissing')}
        </span>
        <label htmlFor={id}>{t('settings.platform.keyField', { platform })}</label>
        <input
          id={id}
          type="password"
          autoComplete="off"
          value={key}
          minLength={8}
          onChange={(e) => setKey(e.target.value)}
        />
        <button type="submit" disabled={busy || key.trim().length < 8}>
          {view.hasAgentKey ? t('settings.platform.keyReplace') : t('settings.platform.keySave')}
        </button>
        {view.hasAgentKey && (
          <button type="button" onClick={() => void clearAgentKey(view.profile.id)} disabled={busy}>
            {t('settings.platform.keyRemove')}
          </button>
        )}
      </form>
      <div className="rename">
        <button type="button" onClick={() => void testPlatform(view.profile.id)} disabled={test === 'testing'}>
          {t('settings.platform.test')}
        </button>
        {test && (
          <p
            role={test !== 'testing' && test.outcome !== 'ok' ? 'alert' : 'status'}
            className={test !== 'testing' && test.outcome !== 'ok' ? 'notice notice-error' : 'muted'}
            data-testid="platform-test"
          >
            {test === 'testing'
              ? t('settings.platform.testing', {
                  host: view.profile.kind === 'tesla' ? hostOf(view.profile.platform?.url ?? '') : '',
                })
              : t(`settings.platform.result.${test.outcome}`, { host: test.host, status: test.status ?? 0 })}
          </p>
        )}
      </div>
    </>
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
              {v.missing.includes('client_secret') && (
                <span className="badge state-reconnect_needed"> {t('settings.profiles.needsSecret')}</span>
              )}
              {v.missing.includes('agent_key') && (
                <span className="badge state-reconnect_needed"> {t('settings.platform.needsKey')}</span>
              )}
            </label>
            <WayLine view={v} />
            {v.profile.kind === 'demo' && (
              <p className="muted">{t('settings.platform.demo', { platform: DEMO_PLATFORM })}</p>
            )}
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
                {v.profile.way === 'platform' && v.profile.platform && (
                  <>
                    <p className="muted">
                      {t('settings.platform.summary', {
                        platform: v.profile.platform.name,
                        host: hostOf(v.profile.platform.url),
                      })}
                    </p>
                    <AgentKeyForm view={v} platform={v.profile.platform.name} />
                  </>
                )}
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

// Renderer: Settings: the connection profile (Demo, or a Tesla developer application), the client secret
// (typed once by an administrator, kept in the keychain), importing profiles from a JSON file, and
// session-only mode.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountsStore } from '@renderer/state/accounts-store';
import { THEMES, useThemeStore } from '@renderer/state/theme-store';
import '../accounts/accounts.css';
import { ImportProfiles } from './ImportProfiles';
import { ProfilePicker } from './ProfilePicker';
import { useProfilesStore } from './profiles-store';
import { TeslaProfileForm } from './TeslaProfileForm';
import { SweepStoreSetting } from './SweepStoreSetting';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { list, notice, load } = useProfilesStore();
  const accounts = useAccountsStore();
  const { theme, setTheme } = useThemeStore();
  useEffect(() => {
    void load();
    void accounts.load();
  }, [load]);

  return (
    <div className="settings-screen">
      <h2>{t('settings.heading')}</h2>
      {list?.settingsRecovered && (
        <p role="alert" className="notice notice-error">
          {t('settings.recovered', { keptAt: list.settingsRecovered.keptAt, problem: list.settingsRecovered.problem })}
        </p>
      )}
      {notice && (
        <div
          role={notice.kind === 'error' ? 'alert' : 'status'}
          className={`notice notice-${notice.kind}`}
          data-testid="settings-notice"
        >
          <div>
            <p>{notice.key ? t(notice.key) : notice.message}</p>
            {notice.issues && notice.issues.length > 0 && (
              <ul>
                {notice.issues.map((i) => (
                  <li key={i}>{i}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
      <section className="card" aria-labelledby="theme-heading">
        <h3 id="theme-heading">{t('settings.theme.heading')}</h3>
        <fieldset className="theme-choice">
          <legend className="sr-only">{t('settings.theme.heading')}</legend>
          {THEMES.map((v) => (
            <label key={v}>
              <input type="radio" name="theme" value={v} checked={theme === v} onChange={() => setTheme(v)} />{' '}
              {t(`settings.theme.${v}`)}
            </label>
          ))}
        </fieldset>
      </section>
      {list && <ProfilePicker list={list} />}
      <TeslaProfileForm />
      <ImportProfiles />
      <section className="card" aria-labelledby="session-only-heading">
        <h3 id="session-only-heading">{t('settings.sessionOnly.heading')}</h3>
        <p className="muted">{t('settings.sessionOnly.explain')}</p>
        {accounts.keychain && !accounts.keychain.available && (
          <p>{t('accounts.keychain.unavailable', { reason: accounts.keychain.reason ?? '' })}</p>
        )}
        <label>
          <input
            type="checkbox"
            checked={accounts.sessionOnly}
            onChange={(e) => void accounts.setSessionOnly(e.target.checked)}
          />{' '}
          {t('settings.sessionOnly.toggle')}
        </label>
      </section>
      <SweepStoreSetting />
    </div>
  );
}

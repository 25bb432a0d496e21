// Renderer: Support: the app's language, "Create support bundle" and the auto-update setting.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportBundle, UpdateSettings } from '@shared/contract';
import { LANGUAGES, setLanguage, type Language } from '@renderer/i18n';
import { getClient } from '@renderer/transport';
import { downloadFile } from '../reports/download-file';
import '../accounts/accounts.css';
import './support.css';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function SupportScreen() {
  const { t, i18n } = useTranslation();
  const languageId = useId();
  const channelId = useId();
  const [bundle, setBundle] = useState<SupportBundle | null>(null);
  const [busy, setBusy] = useState(false);
  const [bundleNotice, setBundleNotice] = useState<Notice>(null);
  const [updates, setUpdates] = useState<UpdateSettings | null>(null);
  const [updateNotice, setUpdateNotice] = useState<Notice>(null);

  useEffect(() => {
    getClient()
      .support.updateSettings({})
      .then(setUpdates, (e: unknown) =>
        setUpdateNotice({ kind: 'error', text: t('support.updates.failed', { message: message(e) }) }),
      );
  }, [t]);

  const createBundle = async () => {
    setBusy(true);
    setBundleNotice(null);
    try {
      const made = await getClient().support.bundle({});
      if (made.download) downloadFile(made.fileName, made.download);
      setBundle(made);
    } catch (e) {
      setBundle(null);
      setBundleNotice({ kind: 'error', text: t('support.bundle.failed', { message: message(e) }) });
    } finally {
      setBusy(false);
    }
  };

  const saveUpdates = async (next: UpdateSettings) => {
    setUpdates(next);
    try {
      setUpdates(await getClient().support.setUpdateSettings(next));
      setUpdateNotice({ kind: 'ok', text: t('support.updates.saved') });
    } catch (e) {
      setUpdateNotice({ kind: 'error', text: t('support.updates.failed', { message: message(e) }) });
    }
  };

  const current = (LANGUAGES as readonly string[]).includes(i18n.language) ? i18n.language : 'en';

  return (
    <div className="support-screen">
      <h2>{t('support.heading')}</h2>

      <section className="card" aria-labelledby="support-language-heading">
        <h3 id="support-language-heading">{t('support.language.heading')}</h3>
        <label htmlFor={languageId}>{t('support.language.label')}</label>{' '}
        <select id={languageId} value={current} onChange={(e) => void setLanguage(e.target.value as Language)}>
          {LANGUAGES.map((lng) => (
            <option key={lng} value={lng}>
              {t(`support.language.${lng}`)}
            </option>
          ))}
        </select>
      </section>

      <section className="card" aria-labelledby="support-bundle-heading">
        <h3 id="support-bundle-heading">{t('support.bundle.heading')}</h3>
        <p className="muted">{t('support.bundle.explain')}</p>
        <button type="button" onClick={() => void createBundle()} disabled={busy} aria-busy={busy}>
          {busy ? t('support.bundle.creating') : t('support.bundle.create')}
        </button>
        <div aria-live="polite">
          {bundle && (
            <p className="notice notice-ok" data-testid="support-bundle-result">
              {t(bundle.download ? 'support.bundle.downloaded' : 'support.bundle.created', {
                path: bundle.path,
                file: bundle.fileName,
                count: bundle.entries.length,
                size: Math.max(1, Math.round(bundle.bytes / 1024)),
              })}
            </p>
          )}
          {bundleNotice && (
            <p role="alert" className="notice notice-error">
              {bundleNotice.text}
            </p>
          )}
        </div>
      </section>

      <section className="card" aria-labelledby="support-updates-heading">
        <h3 id="support-updates-heading">{t('support.updates.heading')}</h3>
        <p className="muted">{t('support.updates.explain')}</p>
        {updates && (
          <>
            <label>
              <input
                type="checkbox"
                checked={updates.enabled}
                onChange={(e) => void saveUpdates({ ...updates, enabled: e.target.checked })}
              />{' '}
              {t('support.updates.enabled')}
            </label>
            <div>
              <label htmlFor={channelId}>{t('support.updates.channel')}</label>{' '}
              <select
                id={channelId}
                value={updates.channel}
                disabled={!updates.enabled}
                onChange={(e) =>
                  void saveUpdates({ ...updates, channel: e.target.value === 'beta' ? 'beta' : 'stable' })
                }
              >
                <option value="stable">{t('support.updates.stable')}</option>
                <option value="beta">{t('support.updates.beta')}</option>
              </select>
            </div>
          </>
        )}
        <div aria-live="polite">
          {updateNotice && (
            <p
              role={updateNotice.kind === 'error' ? 'alert' : undefined}
              className={`notice notice-${updateNotice.kind}`}
            >
              {updateNotice.text}
            </p>
          )}
        </div>
      </section>
    </div>
  );
}

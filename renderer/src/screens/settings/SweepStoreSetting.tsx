// Renderer: Settings > the Board's sweep store: the embedded store in the data folder, or a PostgreSQL
// server for a team desk. The password is typed apart from the address, goes to the keychain on the main
// side and is never shown back; "Test connection" says in plain words what is wrong.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreSetting, StoreSettingInput, StoreTest } from '@shared/contract';
import { getClient } from '@renderer/transport';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function SweepStoreSetting() {
  const { t } = useTranslation();
  const urlId = useId();
  const passwordId = useId();
  const [saved, setSaved] = useState<StoreSetting | null>(null);
  const [kind, setKind] = useState<'embedded' | 'postgres'>('embedded');
  const [url, setUrl] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [tested, setTested] = useState<StoreTest | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  // Not an alert: the rest of Settings works without it, and nothing was asked of the person yet.
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    getClient()
      .board.storeSetting({})
      .then(
        (s) => {
          setSaved(s);
          setKind(s.kind);
          setUrl(s.url ?? '');
        },
        (e: unknown) => setLoadError(message(e)),
      );
  }, []);

  const input = (): StoreSettingInput =>
    kind === 'embedded' ? { kind } : { kind, url: url.trim(), ...(password ? { password } : {}) };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setNotice(null);
    setTested(null);
    try {
      const next = await getClient().board.setStore(input());
      setSaved(next);
      setPassword('');
      setNotice({ kind: 'ok', text: t('board.storeSetting.saved') });
    } catch (error) {
      setNotice({ kind: 'error', text: message(error) });
    } finally {
      setBusy(false);
    }
  };

  const test = async () => {
    setBusy(true);
    setNotice(null);
    setTested(null);
    try {
      setTested(await getClient().board.testStore(input()));
    } catch (error) {
      setNotice({ kind: 'error', text: message(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="sweep-store-heading">
      <h3 id="sweep-store-heading">{t('board.storeSetting.heading')}</h3>
      <p className="muted">{t('board.storeSetting.explain')}</p>
      <form onSubmit={(e) => void save(e)}>
        <fieldset className="theme-choice">
          <legend className="sr-only">{t('board.storeSetting.heading')}</legend>
          {(['embedded', 'postgres'] as const).map((k) => (
            <label key={k}>
              <input type="radio" name="sweep-store-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />{' '}
              {t(`board.storeSetting.${k}`)}
            </label>
          ))}
        </fieldset>
        {kind === 'postgres' && (
          <div>
            <label htmlFor={urlId}>{t('board.storeSetting.url')}</label>
            <br />
            <input
              id={urlId}
              type="text"
              value={url}
              maxLength={500}
              spellCheck={false}
              autoComplete="off"
              size={40}
              onChange={(e) => setUrl(e.target.value)}
            />
            <br />
            <label htmlFor={passwordId}>{t('board.storeSetting.password')}</label>
            <br />
            <input
              id={passwordId}
              type="password"
              value={password}
              maxLength={500}
              autoComplete="new-password"
              onChange={(e) => setPassword(e.target.value)}
            />
            {saved?.hasPassword && <p className="muted">{t('board.storeSetting.passwordKept')}</p>}
          </div>
        )}
        <p>
          <button type="submit" disabled={busy}>
            {t('board.storeSetting.save')}
          </button>{' '}
          <button type="button" onClick={() => void test()} disabled={busy} aria-busy={busy}>
            {t('board.storeSetting.test')}
          </button>
        </p>
      </form>
      <div aria-live="polite" data-testid="sweep-store-result">
        {tested?.ok && <p className="notice notice-ok">{t('board.storeSetting.ok')}</p>}
        {tested && !tested.ok && (
          <p role="alert" className="notice notice-error">
            {t(`board.storeSetting.problem.${tested.problem ?? 'other'}`)}
            {tested.detail ? <> {t('board.storeSetting.detail', { detail: tested.detail })}</> : null}
          </p>
        )}
        {loadError && (
          <p className="notice notice-error">{t('board.storeSetting.loadFailed', { message: loadError })}</p>
        )}
        {notice && (
          <p role={notice.kind === 'error' ? 'alert' : undefined} className={`notice notice-${notice.kind}`}>
            {notice.text}
          </p>
        )}
      </div>
    </section>
  );
}

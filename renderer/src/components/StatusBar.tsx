// Renderer (the page). The status line: whether the app’s main side is ready, starting or in trouble, in words and an icon.
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@shared/contract';

/** The app's name, version, mode and the backend's status, as one header. */
export function StatusBar({ info, error }: { info: AppInfo | null; error: string | null }) {
  const { t } = useTranslation();
  const state = error ? 'error' : (info?.backend.state ?? 'starting');
  const text = error
    ? t('status.failed', { message: error })
    : info
      ? t(info.backend.messageKey, { defaultValue: info.backend.messageKey, detail: info.backend.detail ?? '' })
      : t('status.loading');
  return (
    <header className="status-bar">
      <div>
        <h1>{info?.name ?? 'Tesla Connect Doctor'}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <dl className="meta">
        {info && (
          <>
            <div>
              <dt className="sr-only">{t('app.version', { version: '' })}</dt>
              <dd data-testid="app-version">{t('app.version', { version: info.version })}</dd>
            </div>
            <div>
              <dt className="sr-only">{t('app.modeLabel')}</dt>
              <dd>
                {t(`app.mode.${info.mode}`)} · {t(`app.transport.${info.transport}`)}
              </dd>
            </div>
          </>
        )}
        <div>
          <dt className="sr-only">{t('status.label')}</dt>
          <dd data-testid="backend-status" data-state={state} className={`status status-${state}`}>
            {/* The live region sits inside the dd: a role on the dd itself breaks the list's structure. */}
            <span role="status">
              <span aria-hidden="true" className="status-icon">
                {state === 'ready' ? '●' : state === 'error' ? '✕' : '…'}
              </span>{' '}
              {text}
            </span>
          </dd>
        </div>
      </dl>
    </header>
  );
}

// Renderer (the page). One error boundary per screen: a screen whose code fails to load says so and offers Try again, while the steps, the status line and a running test stay.
import { Component, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { retryScreen, screens } from './index';

interface CatchProps {
  failed: (retry: () => void) => ReactNode;
  onRetry: () => void;
  children: ReactNode;
}

/** React's error boundary (a class is the only way to catch a render error; React logs what it caught). */
class Catch extends Component<CatchProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  private readonly retry = () => {
    this.props.onRetry();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    return this.state.error ? this.props.failed(this.retry) : this.props.children;
  }
}

/**
 * One screen, loaded on demand, behind its own error boundary: a screen whose code fails to load (a chunk
 * gone after a rebuild in browser mode, a flaky disk) or that throws while rendering shows "could not be
 * loaded" with Try again / Reload, and the status bar and navigation around it stay — a running test's
 * Stop is one click away on the Test charge screen once it loads again. Keyed by screen id in App, so
 * switching screens starts afresh.
 */
export function ScreenBoundary({ screenId }: { screenId: string | undefined }) {
  const { t } = useTranslation();
  // Bumped on Try again: the screen's entry holds a fresh lazy component by then (retryScreen).
  const [attempt, setAttempt] = useState(0);
  const Screen = screens.find((s) => s.id === screenId)?.Component;
  return (
    <Catch
      key={attempt}
      onRetry={() => {
        retryScreen(screenId);
        setAttempt((n) => n + 1);
      }}
      failed={(retry) => (
        <section role="alert" className="screen-failed" data-testid="screen-failed">
          <h2>{t('app.screenFailed.title')}</h2>
          <p>{t('app.screenFailed.detail')}</p>
          <button type="button" onClick={retry}>
            {t('app.screenFailed.retry')}
          </button>{' '}
          <button type="button" onClick={() => location.reload()}>
            {t('app.screenFailed.reload')}
          </button>
        </section>
      )}
    >
      {/* A screen still loading shows nothing for the few milliseconds it takes (no flash of text). */}
      <Suspense fallback={<div className="screen-loading" aria-busy="true" />}>{Screen && <Screen />}</Suspense>
    </Catch>
  );
}

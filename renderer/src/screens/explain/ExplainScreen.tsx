// Renderer: Explain an error. Paste any Tesla error text; the shared, pure explainer names the cause, who
// fixes it, the fix and the check to run, in the page's language (the causes' words are in the text
// catalogue). It runs here in the renderer: offline, no IPC, nothing sent.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { explainError, type ExplainResult } from '@shared/tesla/explain-error';
import type { Translate } from '@shared/text/resolve-params';
import './explain.css';

export function ExplainScreen() {
  const { t } = useTranslation();
  const inputId = useId();
  const [text, setText] = useState('');
  // The text pasted, not the words: the answer is worded again when the language changes.
  const [explained, setExplained] = useState<string | null>(null);
  const [empty, setEmpty] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setEmpty(true);
      setExplained(null);
      return;
    }
    setEmpty(false);
    setExplained(text);
  };
  const result: ExplainResult | null = explained === null ? null : explainError(explained, t as unknown as Translate);

  return (
    <div className="explain-screen">
      <h2>{t('explain.heading')}</h2>
      <p>{t('explain.intro')}</p>
      <form className="card" onSubmit={submit}>
        <label htmlFor={inputId}>{t('explain.label')}</label>
        <textarea
          id={inputId}
          value={text}
          placeholder={t('explain.placeholder')}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
        />
        <div className="explain-actions">
          <button type="submit">{t('explain.submit')}</button>
          <button
            type="button"
            onClick={() => {
              setText('');
              setExplained(null);
              setEmpty(false);
            }}
          >
            {t('explain.clear')}
          </button>
        </div>
      </form>
      <section aria-live="polite" data-testid="explain-result">
        {empty && <p role="alert">{t('explain.empty')}</p>}
        {result?.matched === true && (
          <div className="card" data-cause={result.cause}>
            <h3>{result.title}</h3>
            <dl>
              <dt>{t('explain.meaning')}</dt>
              <dd>{result.meaning}</dd>
              <dt>{t('explain.who')}</dt>
              <dd data-testid="explain-actor" data-actor={result.actor}>
                {t(`explain.actor.${result.actor}`)}
              </dd>
              {result.waitUntil && (
                <>
                  <dt>{t('explain.until')}</dt>
                  <dd>
                    {result.waitUntil}
                    {result.retryAfterSeconds !== undefined &&
                      ` ${t('explain.wait', { seconds: result.retryAfterSeconds })}`}
                  </dd>
                </>
              )}
              <dt>{t('explain.fix')}</dt>
              <dd>
                <p>{result.fix.summary}</p>
                <ol>
                  {result.fix.steps.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ol>
              </dd>
              <dt>{t('explain.check')}</dt>
              <dd>
                <code data-testid="explain-check">{result.checkId}</code>
              </dd>
              <dt>{t('explain.confidence.label')}</dt>
              <dd data-testid="explain-confidence" data-confidence={result.confidence}>
                {t(`explain.confidence.${result.confidence}`)}
                {result.via && ` ${t('explain.via', { via: result.via })}`}
                {result.hint && <p data-testid="explain-hint">{result.hint}</p>}
              </dd>
              <dt>{t('explain.cause')}</dt>
              <dd>
                <code data-testid="explain-cause">{result.cause}</code>
              </dd>
            </dl>
          </div>
        )}
        {result?.matched === false && (
          <div className="card" data-cause="none">
            <h3>{t('explain.unmatched.heading')}</h3>
            <p data-testid="explain-hint">{result.hint}</p>
            {result.nearest.length > 0 ? (
              <>
                <p>{t('explain.unmatched.nearest')}</p>
                <ul data-testid="explain-nearest">
                  {result.nearest.map((n) => (
                    <li key={n.cause}>
                      {n.title} (<code>{n.cause}</code>) — {t(`explain.actor.${n.actor}`)}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t('explain.unmatched.none')}</p>
            )}
          </div>
        )}
      </section>
    </div>
  );
}

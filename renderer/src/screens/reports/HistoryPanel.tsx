// Renderer: reports exported on this machine, newest first, searchable by customer label.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntryView } from '@shared/contract';
import { getClient } from '@renderer/transport';
import { errorText } from './download-file';
import { useReportsStore } from './reports-store';

export function HistoryPanel({ version }: { version: number }) {
  const { t, i18n } = useTranslation();
  const openHistory = useReportsStore((s) => s.openHistory);
  const [query, setQuery] = useState('');
  const [entries, setEntries] = useState<HistoryEntryView[] | null>(null);
  const [rebuilt, setRebuilt] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    getClient()
      .reports.history(query.trim() ? { query } : {})
      .then(
        (r) => {
          if (!live) return;
          setEntries(r.entries);
          setRebuilt(r.rebuilt);
          setError(null);
        },
        (e: unknown) => live && setError(errorText(e)),
      );
    return () => {
      live = false;
    };
  }, [query, version]);

  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  return (
    <section className="reports-panel" aria-labelledby="reports-history-heading">
      <h3 id="reports-history-heading">{t('reports.history.heading')}</h3>
      <label>
        {t('reports.history.search')} <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {rebuilt && <p role="status">{t('reports.history.rebuilt')}</p>}
      {error && (
        <p role="alert" className="reports-error">
          {error}
        </p>
      )}
      {entries && entries.length === 0 && (
        <p>{query.trim() ? t('reports.history.noMatch', { query }) : t('reports.history.empty')}</p>
      )}
      {entries && entries.length > 0 && (
        <ul className="reports-history" data-testid="report-history">
          {entries.map((e) => (
            <li key={e.id}>
              <strong>{e.customerLabel ?? t('reports.history.noLabel')}</strong>{' '}
              <span className="reports-muted">
                {t('reports.history.exported', { when: when(e.exportedAt) })} · {t('reports.history.counts', e.counts)}
                {e.formats.length > 0 && (
                  <> · {t('reports.history.formats', { list: e.formats.map((f) => f.toUpperCase()).join(', ') })}</>
                )}
              </span>{' '}
              <button type="button" onClick={() => void openHistory(e.id)}>
                {t('reports.history.open')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// Renderer: the export dialog: include the customer label or not, a preview of what will be hidden,
// and saving as JSON, HTML or PDF (save dialog in the desktop app, a download in browser mode).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportLanguage } from '@renderer/i18n';
import type { ExportPreview, ReportFormat } from '@shared/contract';
import { REDACTION_CATEGORIES } from '@shared/redaction/redaction-preview';
import { useAccountsStore } from '@renderer/state/accounts-store';
import { getClient } from '@renderer/transport';
import { downloadExport, errorText } from './download-file';

const SHOWN_ITEMS = 12;

export function ExportPanel({ onExported }: { onExported: () => void }) {
  const { t, i18n } = useTranslation();
  const [includeLabel, setIncludeLabel] = useState(false);
  // Off by default: the handover page is for people; support asks for the evidence.
  const [appendix, setAppendix] = useState(false);
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const accountId = useAccountsStore((s) => s.selectedAccountId);

  const refresh = useCallback(async () => {
    try {
      setPreview(await getClient().reports.preview({ includeCustomerLabel: includeLabel, accountId }));
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    }
  }, [includeLabel, accountId]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function save(format: ReportFormat) {
    setBusy(true);
    setMessage(null);
    try {
      const result = await getClient().reports.export({
        format,
        includeCustomerLabel: includeLabel,
        accountId,
        language: reportLanguage(i18n.language),
        appendix,
        // With the language it picks the PDF's paper (A4, or Letter in the US and Canada).
        locale: navigator.language,
      });
      if (result.status === 'download') downloadExport(result);
      const key =
        result.status === 'saved'
          ? 'reports.export.saved'
          : result.status === 'download'
            ? 'reports.export.downloaded'
            : 'reports.export.cancelled';
      setMessage({ kind: 'ok', text: t(key, { file: result.fileName }) });
      if (result.status !== 'cancelled') onExported();
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  const p = preview?.preview;
  return (
    <section className="reports-panel" aria-labelledby="reports-export-heading">
      <h3 id="reports-export-heading">{t('reports.export.heading')}</h3>
      {preview && !preview.available && <p>{t('reports.export.none')}</p>}
      {preview?.available && (
        <>
          {preview.customerLabel ? (
            <label className="reports-check">
              <input type="checkbox" checked={includeLabel} onChange={(e) => setIncludeLabel(e.target.checked)} />{' '}
              {t('reports.export.includeLabel', { label: preview.customerLabel })}
            </label>
          ) : (
            <p className="reports-muted">{t('reports.export.noLabel')}</p>
          )}
          <label className="reports-check">
            <input type="checkbox" checked={appendix} onChange={(e) => setAppendix(e.target.checked)} />{' '}
            {t('reports.export.appendix')}
          </label>
          {p && (
            <div data-testid="redaction-preview">
              <h4>{t('reports.export.previewHeading')}</h4>
              <p>{t('reports.export.previewTotal', { count: p.total })}</p>
              <ul>
                {REDACTION_CATEGORIES.filter((c) => p.counts[c]).map((c) => (
                  <li key={c}>
                    {t(`reports.export.category.${c}`)}: {p.counts[c]}
                  </li>
                ))}
              </ul>
              <details>
                <summary>{t('reports.export.previewHeading')}</summary>
                <ul className="reports-paths">
                  {p.items.slice(0, SHOWN_ITEMS).map((item, i) => (
                    <li key={i}>
                      <code>{item.path}</code> → <code>{item.replacement}</code>
                    </li>
                  ))}
                  {p.total > SHOWN_ITEMS && <li>{t('reports.export.moreItems', { count: p.total - SHOWN_ITEMS })}</li>}
                </ul>
              </details>
            </div>
          )}
          <p className="reports-muted">{t('reports.export.fileName', { name: preview.fileNames.json })}</p>
          <div className="reports-actions">
            {(['json', 'html', 'pdf'] as const).map((f) => (
              <button key={f} type="button" disabled={busy} onClick={() => void save(f)}>
                {t(`reports.export.as${f === 'json' ? 'Json' : f === 'html' ? 'Html' : 'Pdf'}`)}
              </button>
            ))}
          </div>
        </>
      )}
      {busy && <p role="status">{t('reports.export.working')}</p>}
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'reports-error' : 'reports-ok'}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}

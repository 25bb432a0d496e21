// Renderer: opening a report file: a file picker and a drop zone. The file is read here and sent as text;
// the main side checks it (the page never trusts it either: it is only ever rendered as text).
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_REPORT_FILE_BYTES } from '@shared/contract';
import { useAppStore } from '@renderer/state/app-store';
import { useReportsStore } from './reports-store';

/** The browser transport's WebSocket takes messages up to 1 MiB; a bigger one would drop the connection. */
const BROWSER_MESSAGE_BYTES = 1024 * 1024 - 8 * 1024;

export function OpenPanel() {
  const { t } = useTranslation();
  const { openText, fail, opening, openError } = useReportsStore();
  const [over, setOver] = useState(false);
  const transport = useAppStore((s) => s.info?.transport);

  async function openFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_REPORT_FILE_BYTES) return fail(t('reports.open.tooLarge'));
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail(t('reports.open.unreadable'));
    }
    // Checked on the message as sent (JSON-escaped, UTF-8), so the connection is never dropped by a big file.
    if (transport === 'browser' && new TextEncoder().encode(JSON.stringify(text)).length > BROWSER_MESSAGE_BYTES) {
      return fail(t('reports.open.tooLargeForBrowser'));
    }
    await openText(file.name, text);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    void openFile(event.dataTransfer.files[0]);
  }

  return (
    <section
      className={`reports-panel reports-drop${over ? ' reports-drop-over' : ''}`}
      aria-labelledby="reports-open-heading"
      data-testid="report-drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h3 id="reports-open-heading">{t('reports.open.heading')}</h3>
      <label className="reports-file">
        {t('reports.open.choose')}{' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            void openFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      <p className="reports-muted">{t('reports.open.drop')}</p>
      {opening && <p role="status">{t('reports.open.reading')}</p>}
      {openError && (
        <p role="alert" className="reports-error" data-testid="report-open-error">
          {openError}
        </p>
      )}
    </section>
  );
}

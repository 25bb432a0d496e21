// Renderer: an opened report, read-only: whose and when (banner), a warning when its digest does not
// match, the checklist as it was (the checklist screen's own view, without actions), test runs, and
// "what would today's app say?" with what changed.
import { runReasonKey, runResultText } from '@shared/report/run-words';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportLanguage } from '@renderer/i18n';
import { localTime } from '@renderer/i18n/local-time';
import type { OpenedReportView } from '@shared/contract';
import { ChecklistView } from '@renderer/components/checklist/ChecklistView';
import { getClient } from '@renderer/transport';
import { downloadExport, errorText } from './download-file';
import { RerunDiff } from './RerunDiff';
import { useReportsStore } from './reports-store';

export function ReportView({ opened }: { opened: OpenedReportView }) {
  const { t, i18n } = useTranslation();
  const { runToday, rerunning, rerun, rerunError, close } = useReportsStore();
  const [saveMessage, setSaveMessage] = useState<string | null>(null);
  const r = opened.report;
  // A run's planned length beside the time it really took (a test that settled or was stopped early is
  // not "5 min" when it ran 39 s); the planned length alone when the run has no end time.
  const runLength = (run: (typeof r.testRuns)[number]) => {
    const direction = t(`reports.view.direction.${run.direction}`);
    const ms = run.endedAt ? Date.parse(run.endedAt) - Date.parse(run.startedAt) : NaN;
    if (!Number.isFinite(ms) || ms < 0) return t('reports.view.testRun', { direction, minutes: run.minutes });
    const s = Math.round(ms / 1000);
    const took =
      s < 60 ? t('report.handover.seconds', { s }) : t('report.handover.minutes', { m: Math.floor(s / 60), s: s % 60 });
    return t('reports.view.testRunTook', { direction, minutes: run.minutes, took });
  };

  async function save(format: 'html' | 'pdf') {
    setSaveMessage(null);
    try {
      const result = await getClient().reports.exportOpened({
        openedId: opened.openedId,
        format,
        language: reportLanguage(i18n.language),
        locale: navigator.language,
      });
      if (result.status === 'download') downloadExport(result);
      setSaveMessage(
        result.status === 'cancelled'
          ? t('reports.export.cancelled')
          : t(result.status === 'saved' ? 'reports.export.saved' : 'reports.export.downloaded', {
              file: result.fileName,
            }),
      );
    } catch (error) {
      setSaveMessage(errorText(error));
    }
  }

  return (
    <article className="report-view" aria-labelledby="report-view-heading" data-testid="report-view">
      <header className="report-banner">
        <h3 id="report-view-heading">
          {r.customerLabel ? t('reports.view.whose', { label: r.customerLabel }) : t('reports.view.noLabel')}
        </h3>
        <p>
          {t('reports.view.made', {
            // Local time with its zone ("today 15:38 CET"): a support desk elsewhere reads it right.
            when: localTime(r.generatedAt, i18n.language),
            version: r.app.version,
            profile: r.app.profile ?? '—',
          })}
        </p>
        <p className="reports-muted">
          {t('reports.view.file', { name: opened.fileName })} · {t('reports.view.readOnly')}
        </p>
        <dl className="report-facts">
          <dt>{t('reports.view.region')}</dt>
          <dd>{r.account.region ?? t('reports.view.notReported')}</dd>
          <dt>{t('reports.view.scopes')}</dt>
          <dd>{r.account.grantedScopes.length ? r.account.grantedScopes.join(', ') : t('reports.view.none')}</dd>
        </dl>
      </header>
      {opened.digest === 'mismatch' && (
        <p role="alert" className="report-warning" data-testid="digest-warning">
          {t('reports.view.digestMismatch')}
        </p>
      )}
      {opened.digest === 'missing' && (
        <p role="alert" className="report-warning" data-testid="digest-warning">
          {t('reports.view.digestMissing')}
        </p>
      )}
      {opened.digest === 'match' && <p className="reports-ok">{t('reports.view.digestOk')}</p>}

      <h4>{t('reports.view.checks')}</h4>
      <div data-testid="report-checks">
        <ChecklistView checks={r.checks} {...(r.verdicts ? { verdicts: r.verdicts } : {})} />
      </div>

      <h4>{t('reports.view.testRuns')}</h4>
      {r.testRuns.length === 0 ? (
        <p className="reports-muted">{t('reports.view.noTestRuns')}</p>
      ) : (
        <ul>
          {r.testRuns.map((run) => (
            <li key={run.id}>
              <strong>{t(runResultText(run).key, { verdict: t(runResultText(run).params.verdictKey) })}</strong>{' '}
              {t(runReasonKey(run), { defaultValue: run.reason })} · {runLength(run)} ·{' '}
              {run.restored ? t('reports.view.restored') : <strong>{t('reports.view.notRestored')}</strong>}
            </li>
          ))}
        </ul>
      )}
      <p className="reports-muted">
        {t('reports.view.usage', { requests: r.apiUsage.requests, cost: r.apiUsage.estimatedCostUsd })}
      </p>

      <div className="reports-actions">
        <button type="button" onClick={() => void runToday()} disabled={rerunning}>
          {t('reports.rerun.button')}
        </button>
        <button type="button" onClick={() => void save('html')}>
          {t('reports.view.saveHtml')}
        </button>
        <button type="button" onClick={() => void save('pdf')}>
          {t('reports.view.savePdf')}
        </button>
        <button type="button" onClick={close}>
          {t('reports.view.close')}
        </button>
      </div>
      {saveMessage && <p role="status">{saveMessage}</p>}
      {rerunning && <p role="status">{t('reports.rerun.running')}</p>}
      {rerunError && (
        <p role="alert" className="reports-error">
          {rerunError}
        </p>
      )}
      {rerun && <RerunDiff result={rerun} />}
    </article>
  );
}

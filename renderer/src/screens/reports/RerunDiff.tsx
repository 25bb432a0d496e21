// Renderer: what today's rules say differently from the report ("what would today's app say?"). A check
// today's rules cannot judge from the report (its data was redacted or is never kept) is listed apart as
// "not in this report", never as a change.
import { useTranslation } from 'react-i18next';
import type { RerunResult } from '@shared/contract';
import { ChecklistView } from '@renderer/components/checklist/ChecklistView';
import { useCheckText } from '@renderer/components/checklist/use-check-text';

export function RerunDiff({ result }: { result: RerunResult }) {
  const { t } = useTranslation();
  const words = useCheckText();
  // The checklist's own words for statuses, so the diff reads like the checklist above it.
  const status = (s: string | null) => (s ? t(`checklist.status.${s}`) : '—');
  const ready = (b: boolean | null) =>
    b === null ? '—' : b ? t('reports.view.verdict.ready') : t('reports.view.verdict.notReady');
  if (!result.available) return <p role="status">{t('reports.rerun.unavailable')}</p>;
  const changes = result.changes.filter((c) => c.kind !== 'not_in_report');
  const missing = result.changes.filter((c) => c.kind === 'not_in_report');
  return (
    <section className="report-rerun" aria-labelledby="report-rerun-heading" data-testid="rerun-result">
      <h4 id="report-rerun-heading">{t('reports.rerun.heading')}</h4>
      {changes.length === 0 && result.verdictChanges.length === 0 ? (
        <p data-testid="rerun-same">{t('reports.rerun.same', { count: result.unchanged })}</p>
      ) : (
        <>
          <ul>
            {result.verdictChanges.map((v) => (
              <li key={v.name} data-verdict-change={v.name}>
                {t('reports.rerun.verdict', {
                  name: t(`reports.view.verdict.${v.name}`),
                  before: ready(v.before),
                  after: ready(v.after),
                })}
              </li>
            ))}
            {changes.map((c) => (
              <li key={`${c.checkId}@${c.subjectId}`} data-change={c.kind} data-check={c.checkId}>
                {t(`reports.rerun.${c.kind}`, {
                  title: words.title({ id: c.checkId, ...c }),
                  before: status(c.before),
                  after: status(c.after),
                })}
              </li>
            ))}
          </ul>
          <p className="reports-muted">{t('reports.rerun.unchanged', { count: result.unchanged })}</p>
        </>
      )}
      {missing.length > 0 && (
        <div className="reports-muted" data-testid="rerun-not-in-report">
          <p>{t('reports.rerun.notInReportIntro')}</p>
          <ul>
            {missing.map((c) => (
              <li key={`${c.checkId}@${c.subjectId}`} data-change={c.kind} data-check={c.checkId}>
                {t('reports.rerun.not_in_report', { title: c.title, before: status(c.before) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <details>
        <summary>{t('reports.rerun.todaysChecklist')}</summary>
        <ChecklistView checks={result.checks} {...(result.verdicts ? { verdicts: result.verdicts } : {})} />
      </details>
    </section>
  );
}

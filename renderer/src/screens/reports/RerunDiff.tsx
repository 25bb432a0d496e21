// Renderer: what today's rules say differently from the report ("what would today's app say?").
import { useTranslation } from 'react-i18next';
import type { RerunResult } from '../../../../shared/contract';
import { ChecklistView } from '../../components/checklist/ChecklistView';
import { useCheckText } from '../../components/checklist/use-check-text';

export function RerunDiff({ result }: { result: RerunResult }) {
  const { t } = useTranslation();
  const words = useCheckText();
  // The checklist's own words for statuses, so the diff reads like the checklist above it.
  const status = (s: string | null) => (s ? t(`checklist.status.${s}`) : '—');
  const ready = (b: boolean | null) => (b === null ? '—' : b ? t('reports.view.verdict.ready') : t('reports.view.verdict.notReady'));
  if (!result.available) return <p role="status">{t('reports.rerun.unavailable')}</p>;
  return (
    <section className="report-rerun" aria-labelledby="report-rerun-heading" data-testid="rerun-result">
      <h4 id="report-rerun-heading">{t('reports.rerun.heading')}</h4>
      {result.changes.length === 0 && result.verdictChanges.length === 0 ? (
        <p>{t('reports.rerun.same', { count: result.unchanged })}</p>
      ) : (
        <>
          <ul>
            {result.verdictChanges.map((v) => (
              <li key={v.name}>{t('reports.rerun.verdict', { name: t(`reports.view.verdict.${v.name}`), before: ready(v.before), after: ready(v.after) })}</li>
            ))}
            {result.changes.map((c) => (
              <li key={`${c.checkId}@${c.subjectId}`} data-change={c.kind} data-check={c.checkId}>
                {t(`reports.rerun.${c.kind}`, { title: words.title({ id: c.checkId, ...c }), before: status(c.before), after: status(c.after) })}
              </li>
            ))}
          </ul>
          <p className="reports-muted">{t('reports.rerun.unchanged', { count: result.unchanged })}</p>
        </>
      )}
      <details>
        <summary>{t('reports.rerun.todaysChecklist')}</summary>
        <ChecklistView checks={result.checks} {...(result.verdicts ? { verdicts: result.verdicts } : {})} />
      </details>
    </section>
  );
}

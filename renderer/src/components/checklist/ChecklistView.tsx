// Renderer: the checklist problems first: "N things to fix", grouped by who fixes each (you on site, the
// customer in the Tesla app, the platform, Tesla), failures before warnings; then the two verdicts; then the
// passing items folded into one line (their items built a frame later). Read-only unless the caller passes actions, so the report view can
// show a saved report with it.
import { useTranslation } from 'react-i18next';
import { verdicts as computeVerdicts } from '@shared/checklist/verdicts';
import type { Check, Verdicts } from '@shared/report/check-types';
import { problemsByFixer, toFixCount } from '@shared/checklist/problems';
import { oneCauseHeadline } from '@shared/checklist/headline';
import { useAfterFirstPaint } from '@renderer/perf/after-first-paint';
import { CheckItem } from './CheckItem';
import { useSubjectName } from './use-subject-name';
import { useCheckText } from './use-check-text';
import { VerdictPanel } from './VerdictPanel';
import './checklist.css';

export interface ChecklistViewProps {
  checks: Check[];
  /** Given: shown as is (a saved report's); absent: computed from the checks. */
  verdicts?: Verdicts;
  onRecheck?: (check: Check) => void;
  /** `checkId@subjectId` of the item being checked again. */
  recheckingRef?: string | null;
  onReconnect?: () => void;
  /** The customer's label, for the account's items (the account id is never a heading). */
  accountLabel?: string;
  /** Only the things to fix (the Fix step), without the verdicts and the passed items. */
  problemsOnly?: boolean;
}

export function ChecklistView({
  checks,
  verdicts,
  onRecheck,
  recheckingRef,
  onReconnect,
  accountLabel,
  problemsOnly,
}: ChecklistViewProps) {
  const { t } = useTranslation();
  // The folded lists' items come a frame after the rest: the first frame has what is read first.
  const unfoldable = useAfterFirstPaint();
  const subjectName = useSubjectName(checks, accountLabel);
  const groups = problemsByFixer(checks);
  const toFix = toFixCount(groups);
  const text = useCheckText();
  // One cause: the headline says it and who acts ("The platform must register … — nothing to do on site").
  const one = oneCauseHeadline(checks);
  const headline = one ? text.headline(one) : null;
  const notChecked = checks.filter((c) => c.status === 'not_checked');
  const passed = [...checks.filter((c) => c.status === 'pass'), ...checks.filter((c) => c.status === 'not_applicable')];
  const item = (c: Check) => {
    const ref = `${c.id}@${c.subject.id}`;
    return (
      <CheckItem
        key={ref}
        check={c}
        subjectName={subjectName(c.subject)}
        {...(onRecheck ? { onRecheck, rechecking: recheckingRef === ref } : {})}
        {...(onReconnect ? { onReconnect } : {})}
      />
    );
  };
  return (
    <div className="ck-view">
      <section
        className="ck-problems"
        id="ck-problems"
        aria-labelledby="ck-problems-heading"
        data-testid="checklist-problems"
      >
        <h3 id="ck-problems-heading" className={toFix ? 'ck-tofix' : 'ck-allclear'} tabIndex={-1}>
          <span aria-hidden="true">{toFix ? '✗' : '✓'}</span>{' '}
          {toFix ? t('checklist.toFix', { count: toFix }) : t('checklist.nothingToFix')}
        </h3>
        {headline && (
          <p className="ck-headline" data-testid="checklist-headline">
            {headline}
          </p>
        )}
        {!problemsOnly && (
          <VerdictPanel verdicts={verdicts ?? computeVerdicts(checks)} checks={checks} subjectName={subjectName} />
        )}
        {groups.map((g) => (
          <section
            key={g.fixer}
            className="ck-group"
            aria-labelledby={`ck-fixer-${g.fixer}`}
            data-testid={`fixer-${g.fixer}`}
          >
            <h4 id={`ck-fixer-${g.fixer}`}>
              {t(`checklist.fixer.${g.fixer}`)} <span className="ck-count">({g.checks.length})</span>
            </h4>
            <ul className="ck-list">{g.checks.map(item)}</ul>
          </section>
        ))}
      </section>
      {notChecked.length > 0 && (
        <details className="ck-not-checked" data-testid="checklist-not-checked">
          <summary>{t('checklist.notChecked', { count: notChecked.length })}</summary>
          {unfoldable && <ul className="ck-list">{notChecked.map(item)}</ul>}
        </details>
      )}
      {!problemsOnly && passed.length > 0 && (
        <details className="ck-passed" data-testid="checklist-passed">
          <summary>
            <span aria-hidden="true">✓</span> {t('checklist.passed', { count: passed.length })}
          </summary>
          {unfoldable && <ul className="ck-list">{passed.map(item)}</ul>}
        </details>
      )}
    </div>
  );
}

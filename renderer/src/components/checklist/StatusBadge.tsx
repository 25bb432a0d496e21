// Renderer: a check's status as an icon and a word (never colour alone).
import { useTranslation } from 'react-i18next';
import type { CheckStatus } from '@shared/report/check-types';

const ICON: Record<CheckStatus, string> = {
  pass: '✓',
  warn: '⚠',
  fail: '✗',
  unknown: '?',
  not_applicable: '–',
  not_checked: '·',
};

export function StatusBadge({ status }: { status: CheckStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`ck-status ck-${status}`} data-status={status}>
      <span aria-hidden="true" className="ck-icon">
        {ICON[status]}
      </span>{' '}
      {t(`checklist.status.${status}`)}
    </span>
  );
}

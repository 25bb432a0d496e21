// Renderer (the page). A banner per damaged settings/accounts file the main side moved aside at start-up, with the kept copy’s path, so nothing vanishes in silence.
import { useTranslation } from 'react-i18next';
import type { DataProblem } from '@shared/contract';

/**
 * Settings or customers files that could not be read this run: they were kept aside (never deleted) and
 * the app started afresh. Says which, why and where the file is, so nothing vanishes without a word.
 */
export function DataProblemsBanner({ problems }: { problems: DataProblem[] | undefined }) {
  const { t } = useTranslation();
  if (!problems?.length) return null;
  return (
    <section role="alert" className="data-problems" data-testid="data-problems" aria-label={t('dataProblems.label')}>
      {problems.map((p) => (
        <p key={p.keptAt}>
          {t(`dataProblems.store.${p.store}`)} {t(`dataProblems.reason.${p.reason}`)} {t('dataProblems.keptAt')}{' '}
          <code>{p.keptAt}</code>
        </p>
      ))}
    </section>
  );
}

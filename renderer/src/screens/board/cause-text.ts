// Renderer: how the Board words a cause. A cause as stored is an identifier (a check id, a connection
// cause) the desk also finds in the CSV and the headless tool; `healthy` and "not swept yet" get words.
import { useTranslation } from 'react-i18next';

export function useCauseText(): (cause: string | null) => string {
  const { t } = useTranslation();
  return (cause) => (cause === null ? t('board.table.notSwept') : cause === 'healthy' ? t('board.healthy') : cause);
}

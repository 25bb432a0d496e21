// Renderer: how the Board words a cause. A cause as stored is an identifier (a check id, a connection
// cause) the desk also finds in the CSV and the headless tool; the Board says its name and keeps the id
// beside it (`causeId`), so a row on screen and a row in the ticket system can be matched.
import { useTranslation } from 'react-i18next';

export function useCauseText(): (cause: string | null) => string {
  const { t, i18n } = useTranslation();
  return (cause) => {
    if (cause === null) return t('board.table.notSwept');
    if (cause === 'healthy') return t('board.healthy');
    // A cause the catalogue does not name yet (a newer sweep than this app) is shown as its id.
    const key = `board.causeName.${cause}`;
    return i18n.exists(key) ? t(key) : cause;
  };
}

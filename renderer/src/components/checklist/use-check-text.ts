// Renderer: a check's and a fix's words in the user's language, from the key and values the rules
// recorded (shared/text/check-text.ts, fed with i18next's t); an old report's English text is the fallback.
import { useTranslation } from 'react-i18next';
import { checkWords, type CheckWords } from '../../../../shared/text/check-text';
import type { Translate } from '../../../../shared/text/render';

export function useCheckText(): CheckWords {
  const { t } = useTranslation();
  return checkWords(t as unknown as Translate);
}

// Renderer: a check's and a fix's words in the user's language, from the key and values the rules
// recorded; the English text in the check is the fallback (a report from a newer app, say).
import { useTranslation } from 'react-i18next';
import { resolveParams } from '../../../../shared/checklist/check-text';
import type { Check, Fix } from '../../../../shared/checklist/check-types';
import { localTime } from '../../i18n/local-time';

type Params = Record<string, string | number>;

const TIME_PARAMS = ['expires', 'timestamp'] as const;

export function useCheckText() {
  const { t, i18n } = useTranslation();
  const tr = (key: string, raw: Params, fallback: string) => {
    // Moments in the installer's local time with the zone ("today 15:38 CET"), not UTC ISO strings.
    const params: Params = { ...raw };
    for (const name of TIME_PARAMS) if (name in params) params[name] = localTime(params[name]!, i18n.language);
    const values = resolveParams(params, (k, p) => t(`checks.${k}`, { ...p, defaultValue: k }));
    return t(`checks.${key}`, { ...values, defaultValue: fallback });
  };
  return {
    title: (c: Check) => (c.text ? tr(`${c.text.key}.title`, c.text.params, c.title) : c.title),
    detail: (c: Check) => (c.text ? tr(`${c.text.key}.detail`, c.text.params, c.detail) : c.detail),
    fixSummary: (f: Fix) => (f.text ? tr(`${f.text.key}.summary`, f.text.params, f.summary) : f.summary),
    fixSteps: (f: Fix) => f.steps.map((step, i) => (f.text ? tr(`${f.text.key}.step${i + 1}`, f.text.params, step) : step)),
  };
}

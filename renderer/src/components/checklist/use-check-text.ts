// Renderer: a check's and a fix's words in the user's language, from the key and values the rules
// recorded; the English text in the check is the fallback (a report from a newer app, say).
import { useTranslation } from 'react-i18next';
import { resolveParams } from '../../../../shared/checklist/check-text';
import type { Check, Fix } from '../../../../shared/checklist/check-types';

type Params = Record<string, string | number>;

export function useCheckText() {
  const { t } = useTranslation();
  const tr = (key: string, params: Params, fallback: string) => {
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

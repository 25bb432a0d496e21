// Renderer: the Test screen when Tesla refuses the account itself (the platform not registered in the region,
// its billing, a revoked sign-in, a long rate limit): the test is blocked by that one check, said in the same
// words as the checklist's headline, with who acts; not "no site with a battery", an API path or "check the
// connection".
import { useTranslation } from 'react-i18next';
import { headlineFor } from '@shared/checklist/headline';
import type { Check } from '@shared/report/check-types';
import { useCheckText } from '@renderer/components/checklist/use-check-text';

export function BlockedByCause({ check }: { check: Check }) {
  const { t } = useTranslation();
  const text = useCheckText();
  const headline = headlineFor(check);
  return (
    <section
      className="tc-account-blocked"
      role="status"
      aria-labelledby="tc-account-blocked-heading"
      data-testid="test-blocked"
      data-state="blocked"
      data-blocked-by={check.id}
    >
      <h3 id="tc-account-blocked-heading">{t('testCharge.blockedByCause.heading')}</h3>
      <p className="tc-account-blocked-cause" data-testid="test-blocked-cause">
        {text.headline(headline)}
      </p>
      <p>
        {t('testCharge.blockedByCause.who', { who: t(`checklist.fixer.${headline.fixer}`) })}{' '}
        <span className="muted">{text.title(check)}</span>
      </p>
      <p className="muted">{t('testCharge.blockedByCause.nothingChanged')}</p>
    </section>
  );
}

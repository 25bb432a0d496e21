// Issue 23, done when: a field failure reads as one cause with one fix, and what depends on it is "not
// checked" (412, billing, revoked, a long rate limit); a pre-PTO site has no failure, charging is ready and
// discharging waits. Each at 1024×640 and 1366×768, in English and German: one spec, parametrised.
import { de } from '@shared/text/de';
import { en } from '@shared/text/en';
import { expect, test } from './fixtures';
import { AppPage, type Labels } from './pages/app-page';

type Lang = 'en' | 'de';
const catalogue = { en, de };

function labels(lang: Lang): Partial<Labels> {
  const c = catalogue[lang];
  return {
    accounts: c.visit.steps.connect,
    checklist: c.visit.steps.check,
    fix: c.visit.steps.fix,
    testCharge: c.visit.steps.test,
    reports: c.visit.steps.report,
    endVisit: c.visit.steps.end,
    settings: c.settings.nav,
    support: c.support.nav,
    connect: c.accounts.connect.start,
  };
}

interface OneCause {
  scenario: string;
  cause: string;
  fixer: 'platform' | 'customer' | 'waiting';
  notChecked: string[];
  headline: Record<Lang, RegExp>;
}

const ONE_CAUSE: OneCause[] = [
  {
    scenario: 'partner-not-registered',
    cause: 'account.partner_registration',
    fixer: 'platform',
    notChecked: ['account.connection', 'account.app_status'],
    headline: {
      en: /^The platform must register with Tesla in region NA — nothing to do on site$/,
      de: /^Die Plattform muss sich bei Tesla in Region NA registrieren – vor Ort nichts zu tun$/,
    },
  },
  {
    scenario: 'billing-limit-exceeded',
    cause: 'account.app_status',
    fixer: 'platform',
    notChecked: ['account.connection', 'account.partner_registration'],
    headline: {
      en: /must settle its Tesla developer account — nothing to do on site/,
      de: /Tesla-Entwicklerkonto begleichen – vor Ort nichts zu tun/,
    },
  },
  {
    scenario: 'access-revoked',
    cause: 'account.connection',
    fixer: 'customer',
    notChecked: ['account.partner_registration', 'account.app_status'],
    headline: { en: /^Reconnect the account/, de: /^Konto neu verbinden/ },
  },
  {
    scenario: 'rate-limited-long',
    cause: 'account.rate_limit',
    fixer: 'waiting',
    notChecked: ['account.connection', 'account.partner_registration', 'account.app_status'],
    headline: { en: /^Wait until /, de: /^Bis .+ warten/ },
  },
];

const VIEWPORTS = [
  { width: 1024, height: 640 },
  { width: 1366, height: 768 },
];

for (const lang of ['en', 'de'] as const) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${lang}, ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport, locale: lang === 'de' ? 'de-DE' : 'en-US' });
      const words = catalogue[lang];
      const notCheckedWords = words.checks.not_checked.detail.split('“')[0]!.split('„')[0]!;

      for (const s of ONE_CAUSE) {
        test.describe(s.scenario, () => {
          test.use({ scenario: s.scenario });

          test(`one cause (${s.cause}), one fix, later layers not checked`, async ({ page, app }) => {
            const ui = new AppPage(page, app, { labels: labels(lang) });
            await ui.goto();
            await ui.accounts.connect();
            await ui.checklist.openAndRun();

            // The one problem on the screen is the cause, under who acts on it.
            const problems = page.locator('#ck-problems [data-testid^="check-"]');
            await expect(problems).toHaveCount(1);
            await expect(ui.checklist.fixer(s.fixer).locator(`[data-testid^="check-${s.cause}@"]`)).toHaveCount(1);
            await expect(page.getByTestId('checklist-headline')).toHaveText(s.headline[lang]);
            for (const id of s.notChecked) {
              const item = ui.checklist.item(id);
              await expect(ui.checklist.status(item)).toHaveAttribute('data-status', 'not_checked');
              await expect(item).toContainText(notCheckedWords);
            }
            // Nothing is blamed on site, and nothing is counted twice.
            await expect(ui.checklist.fixer('on_site')).toHaveCount(0);
            if (s.fixer === 'waiting')
              await expect(ui.checklist.problemsHeading).toHaveText(/Nothing to fix|Nichts zu beheben/);
            else await expect(ui.checklist.problemsHeading).toContainText(lang === 'de' ? '1 Punkt' : '1 thing to fix');
            // The refused product list proves nothing about the system: no "no Powerwall found".
            await expect(ui.checklist.verdict('charge')).not.toContainText(words.checklist.verdicts.noBattery);
            expect(
              await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
            ).toBeLessThanOrEqual(0);
          });
        });
      }

      test.describe('pre-pto', () => {
        test.use({ scenario: 'pre-pto' });

        test('no failure; charging ready, discharging waits for permission to operate', async ({ page, app }) => {
          const ui = new AppPage(page, app, { labels: labels(lang) });
          await ui.goto();
          await ui.accounts.connect();
          await ui.checklist.openAndRun();
          await expect(page.locator('[data-status="fail"]')).toHaveCount(0);
          await expect(ui.checklist.verdict('charge')).toHaveAttribute('data-state', 'ready');
          await expect(ui.checklist.verdict('discharge')).toHaveAttribute('data-state', 'waiting');
          await expect(ui.checklist.verdict('discharge')).toContainText(words.checklist.verdicts.notYet);
          const permission = ui.checklist.item('energy.permission_to_export');
          await expect(
            ui.checklist.fixer('waiting').locator('[data-testid^="check-energy.permission_to_export@"]'),
          ).toHaveCount(1);
          await expect(permission).toContainText(
            lang === 'de' ? 'Sobald der Netzbetreiber' : 'Once the utility has granted',
          );
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
          ).toBeLessThanOrEqual(0);
        });
      });
    });
  }
}

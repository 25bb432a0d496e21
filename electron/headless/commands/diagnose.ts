// Plain Node. The checklist from the command line: `npm run doctor -- diagnose [--scenario <name|file>] [--data-dir <dir>] [--format json|text]`:
// runs every check and prints the report (JSON = the report@1 document, redacted as an export is). With a scenario it starts the
// embedded simulator and connects with auto-consent; otherwise it uses a stored account. Exit 0 whenever
// the checklist ran, whatever it found.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Services } from '@main/app/compose-services';
import { connectWith, headlessDemo } from '../connect-headless';
import { errorText, withServices } from '../headless-services';
import { dataFolderError } from '@main/infra/data-folder-error';
import { apiBaseOptionProblem } from '@main/security/token-destination';
import { defaultDataDir } from '@main/infra/data-dir';
import { formatReportText } from '@main/checklist/format-text';
import { buildForExport, serializeReport } from '@main/reports/build-for-export';
import { reportFileName } from '@main/reports/report-file-name';
import { writeReportFile } from '@main/reports/write-report-file';
import type { CliCommand } from './cli-command';
import { parseCommandArgs } from './parse-command-args';
import { isLanguage, textIn } from '@shared/text/languages';
import { cliText } from '../cli-language';
import { demoForPlatform, platformArgsProblem, platformClientFor } from '../platform-way';

/** The list of commands is English; a run speaks its --lang (cli-language.ts). */
const english = textIn('en');

const USAGE =
  'diagnose [--scenario <name|file>] [--platform <url> --customer <e-mail or ref>] [--account <id>] [--api-base <simulator url>] [--data-dir <dir>] [--format json|text] [--lang en|de] [--out <report.json> [--include-label]]';

export const diagnoseCommand: CliCommand = {
  name: 'diagnose',
  summary: english('cli.summary.diagnose'),
  usage: USAGE,
  async run(argv, io) {
    const t = cliText(argv);
    const parsed = parseCommandArgs({ name: 'diagnose', usage: USAGE }, argv, io, {
      scenario: { type: 'string' },
      account: { type: 'string' },
      'api-base': { type: 'string' },
      'data-dir': { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'include-label': { type: 'boolean' },
      lang: { type: 'string' },
      platform: { type: 'string' },
      customer: { type: 'string' },
    });
    if (!parsed) return 2;
    const { values } = parsed;
    const platformProblem = platformArgsProblem('diagnose', values.platform, values.customer, t);
    if (platformProblem) {
      io.err(platformProblem);
      return 2;
    }
    // The text's language (English unless --lang; parseCommandArgs has refused any other value); the JSON
    // document carries keys and English words.
    const language = isLanguage(values.lang) ? values.lang : 'en';
    // The stored customer's token would travel to --api-base: the same rule as connect and test-charge.
    const apiBaseProblem = values['api-base'] ? apiBaseOptionProblem(values['api-base']) : null;
    if (apiBaseProblem) {
      io.err(t('cli.failed', { command: 'diagnose', message: apiBaseProblem }));
      return 2;
    }
    const format = values.format === 'json' ? 'json' : 'text';
    const dataDir = values['data-dir'] ?? defaultDataDir();
    // JSON leaves the app like an exported report: redacted (ids hashed; no email, VIN, vehicle tokens or
    // customer label unless --include-label), digested.
    // One salt for the run: the printed JSON, the --out file and the history copy name the same ids.
    const exportOptions = {
      includeCustomerLabel: values['include-label'] === true,
      salt: randomBytes(16).toString('hex'),
    };
    const printed = (report: Parameters<typeof formatReportText>[0]) =>
      io.out(
        format === 'json'
          ? serializeReport(buildForExport(report, exportOptions)).trimEnd()
          : formatReportText(report, language),
      );
    // --out: the exported document (redacted, digested), as the app's export writes it. Every run is kept
    // in the report history too, as an export in the app is, so a support bundle made later holds it.
    // The account id goes into the history entry, so End visit / forget --all remove this customer's copies.
    const print = async (services: Services, report: Parameters<typeof formatReportText>[0], accountId: string) => {
      printed(report);
      const doc = buildForExport(report, exportOptions);
      try {
        await services.reports.history.add(
          doc,
          reportFileName(new Date(), doc.customerLabel, 'json'),
          report.customerLabel ?? null,
          { format: 'json', accountId },
        );
      } catch (error) {
        // The diagnosis ran and was printed: a history that cannot be written is a warning, not a failure.
        io.err(
          t('cli.diagnose.notKept', {
            message: dataFolderError(error, path.join(dataDir, 'reports', 'history.json')).message,
          }),
        );
      }
      if (values.out) {
        await writeReportFile(values.out, report, exportOptions);
        io.err(t('cli.diagnose.wrote', { file: values.out }));
      }
    };

    if (values.platform && values.customer) {
      // Through the platform: its connection's access token is borrowed for this run and dropped after it.
      const platformUrl = values.platform;
      const customer = values.customer;
      const demoPlatform = demoForPlatform(platformUrl);
      return withServices(
        'diagnose',
        io,
        {
          dataDir,
          sessionOnly: true,
          // The report names the platform's kind of profile; the customer's e-mail is no label.
          mode: demoPlatform ? 'demo' : 'tesla',
          checklist: { labels: false },
          ...(demoPlatform ? { demo: demoPlatform } : {}),
        },
        async (services) => {
          const platform = await platformClientFor('diagnose', platformUrl, services, {}, t);
          let accountId: string;
          try {
            accountId = await services.accounts.connectThroughPlatform({ platform, customer, profileId: 'demo' });
          } catch (error) {
            io.err(t('cli.failed', { command: 'diagnose', message: errorText(error, t) }));
            return 1;
          }
          await print(services, await services.checklist.run(accountId), accountId);
          if (format === 'text') io.out(t('cli.platform.way', { way: t('cli.platform.ways.platform') }));
          return 0;
        },
        t,
      );
    }

    if (values.scenario) {
      const demo = headlessDemo({ scenario: values.scenario });
      // The simulator's customer: no label in the report (its email would stand in for one).
      const options = { dataDir, demo, sessionOnly: true, checklist: { labels: false } };
      return withServices(
        'diagnose',
        io,
        options,
        async (services) => {
          let accountId: string;
          try {
            accountId = await connectWith(services);
          } catch (error) {
            io.err(t('cli.diagnose.noSimulator', { message: errorText(error, t) }));
            return 1;
          }
          await print(services, await services.checklist.run(accountId), accountId);
          return 0;
        },
        t,
      );
    }

    // A stored account: the keychain holds its tokens; demo accounts need the simulator they came from.
    const apiBase = values['api-base'];
    return withServices(
      'diagnose',
      io,
      {
        dataDir,
        // The report says which kind of profile the account was connected with.
        checklist: { reportProfile: 'account' },
        ...(apiBase ? { demo: { kind: 'remote', apiBase } } : {}),
      },
      async (services) => {
        const list = services.accounts.list();
        const account = values.account
          ? list.find((a) => a.id === values.account)
          : list.length === 1
            ? list[0]
            : undefined;
        if (!account) {
          io.err(
            list.length === 0
              ? t('cli.noCustomer', { command: 'diagnose', dir: dataDir })
              : values.account
                ? t('cli.noAccount', { command: 'diagnose', id: values.account })
                : t('cli.severalCustomers', { command: 'diagnose' }),
          );
          return 2;
        }
        await print(services, await services.checklist.run(account.id), account.id);
        return 0;
      },
      t,
    );
  },
};

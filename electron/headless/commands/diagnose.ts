// Plain Node. The checklist from the command line: `npm run doctor -- diagnose [--scenario <name|file>] [--data-dir <dir>] [--format json|text]`:
// runs every check and prints the report (JSON = the report@1 document, redacted as an export is). With a scenario it starts the
// embedded simulator and connects with auto-consent; otherwise it uses a stored account. Exit 0 whenever
// the checklist ran, whatever it found.
import { AccountService } from '../../accounts/account-service';
import { connectHeadless, simulatorInfoFor } from '../connect-headless';
import { KeyringVault } from '../../infra/keychain';
import { appMeta } from '../../app/app-meta';
import { defaultDataDir } from '../../infra/data-dir';
import { DEMO_PARTNER_DOMAIN, ChecklistService } from '../../checklist/checklist-service';
import { formatReportText } from '../../checklist/format-text';
import { ProfileService } from '../../profiles/profile-service';
import { buildForExport, serializeReport } from '../../reports/build-for-export';
import { writeReportFile } from '../../reports/write-report-file';
import type { CliCommand } from './index';
import { parseCommandArgs } from './parse-command-args';
import { apiBaseOptionProblem } from '../../security/token-destination';

const USAGE = 'diagnose [--scenario <name|file>] [--account <id>] [--api-base <simulator url>] [--data-dir <dir>] [--format json|text] [--out <report.json> [--include-label]]';

export const diagnoseCommand: CliCommand = {
  name: 'diagnose',
  summary: 'Run the diagnostic checklist and print the report (JSON: report@1). Never wakes a car.',
  usage: USAGE,
  async run(argv, io) {
    const parsed = parseCommandArgs({ name: 'diagnose', usage: USAGE }, argv, io, {
      scenario: { type: 'string' },
      account: { type: 'string' },
      'api-base': { type: 'string' },
      'data-dir': { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'include-label': { type: 'boolean' },
    });
    if (!parsed) return 2;
    const { values } = parsed;
    // The stored customer's token would travel to --api-base: the same rule as connect and test-charge.
    const apiBaseProblem = values['api-base'] ? apiBaseOptionProblem(values['api-base']) : null;
    if (apiBaseProblem) {
      io.err(`diagnose: ${apiBaseProblem}`);
      return 2;
    }
    const format = values.format === 'json' ? 'json' : 'text';
    const dataDir = values['data-dir'] ?? defaultDataDir();
    // JSON leaves the app like an exported report: redacted (ids hashed; no email, VIN, vehicle tokens or
    // customer label unless --include-label), digested.
    const printed = (report: Parameters<typeof formatReportText>[0]) =>
      io.out(format === 'json' ? serializeReport(buildForExport(report, { includeCustomerLabel: values['include-label'] === true })).trimEnd() : formatReportText(report));
    // --out: the exported document (redacted, digested), as the app's export writes it.
    const print = async (report: Parameters<typeof formatReportText>[0]) => {
      printed(report);
      if (values.out) {
        await writeReportFile(values.out, report, { includeCustomerLabel: values['include-label'] === true });
        io.err(`Wrote the redacted report to ${values.out}`);
      }
    };

    if (values.scenario) {
      let conn;
      try {
        conn = await connectHeadless({ dataDir, scenario: values.scenario, sessionOnly: true });
      } catch (error) {
        io.err(`diagnose: could not connect to the simulator: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      }
      try {
        const sim = conn.simulator;
        const service = new ChecklistService({
          sessionFor: (id) => conn.service.session(id),
          profileFor: () => ({ partnerDomain: DEMO_PARTNER_DOMAIN, ...(sim ? { clientId: sim.demoClient.clientId, authBase: sim.origin } : {}) }),
          meta: { appVersion: appMeta.version, profile: 'demo' },
          ...(sim ? { now: () => sim.clock.now() } : {}),
        });
        await print(await service.run(conn.accountId));
        return 0;
      } catch (error) {
        io.err(`diagnose: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      } finally {
        await conn.close();
      }
    }

    // A stored account: the keychain holds its tokens; demo accounts need the simulator they came from.
    const keychain = new KeyringVault();
    const profiles = new ProfileService(dataDir, keychain);
    const apiBase = values['api-base'];
    const accounts = new AccountService({ dataDir, keychain, profiles, demo: () => (apiBase ? simulatorInfoFor(apiBase) : null) });
    try {
      const list = accounts.list();
      const account = values.account ? list.find((a) => a.id === values.account) : list.length === 1 ? list[0] : undefined;
      if (!account) {
        io.err(
          list.length === 0
            ? `diagnose: no customer is connected in ${dataDir}. Connect one first (npm run doctor -- connect), or give --scenario <name>.`
            : `diagnose: ${values.account ? `no account "${values.account}"` : 'several customers are connected'}; pick one with --account <id> (npm run doctor -- accounts lists them).`,
        );
        return 2;
      }
      const profile = profiles.get(account.profileId);
      const service = new ChecklistService({
        sessionFor: (id) => accounts.session(id),
        profileFor: () =>
          profile.kind === 'tesla'
            ? { partnerDomain: profile.partnerDomain, clientId: profile.clientId, authBase: account.region === 'CN' ? 'https://auth.tesla.cn' : 'https://auth.tesla.com' }
            : { partnerDomain: DEMO_PARTNER_DOMAIN },
        labelFor: () => account.label || undefined,
        meta: { appVersion: appMeta.version, profile: profile.kind },
      });
      await print(await service.run(account.id));
      return 0;
    } catch (error) {
      io.err(`diagnose: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    } finally {
      await accounts.close();
    }
  },
};

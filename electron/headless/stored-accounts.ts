// Plain Node. The stored accounts a headless restore needs (cli-support.ts's recoverWithStoredAccounts):
// composed here, at the process edge, and closed as a whole when the restore is done.
import { composeServices } from '@main/app/compose-services';
import type { OpenStoredAccounts } from '@main/test-charge/cli-support';

export function storedAccounts(dataDir: string): OpenStoredAccounts {
  return (apiBase) => {
    const services = composeServices({
      dataDir,
      mode: 'demo',
      // The journal's base goes through as it is: a demo account's sign-in refuses a base that is not on
      // this computer and names its host (endpointsForProfile). Dropping it here said "the built-in
      // simulator is not running", the wrong cause.
      demo: { kind: 'remote', apiBase },
    });
    return { accounts: services.accounts, close: () => services.close() };
  };
}

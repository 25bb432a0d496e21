// Plain Node. The stored accounts a headless restore needs (cli-support.ts's recoverWithStoredAccounts):
// composed here, at the process edge, and closed as a whole when the restore is done.
import { composeServices } from '@main/app/compose-services';
import { loopbackOnly, type OpenStoredAccounts } from '@main/test-charge/cli-support';

export function storedAccounts(dataDir: string): OpenStoredAccounts {
  return (apiBase) => {
    const services = composeServices({
      dataDir,
      mode: 'demo',
      demo: { kind: 'remote', apiBase: loopbackOnly(apiBase) },
    });
    return { accounts: services.accounts, close: () => services.close() };
  };
}

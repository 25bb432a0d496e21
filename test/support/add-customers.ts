// Test helper (a child process): adds `count` customers named `<prefix>-<n>` to the accounts.json of a data
// folder through AccountRegistry, as a second app instance or the headless tool would.
// Usage: tsx test/support/add-customers.ts <dataDir> <prefix> <count>
import { AccountRegistry } from '@main/accounts/account-registry';
import { testCustomer } from './test-customer';

const [dataDir, prefix, count] = process.argv.slice(2);
const registry = new AccountRegistry(dataDir!);
for (let n = 0; n < Number(count); n += 1) registry.upsert(testCustomer(`${prefix}-${n}`));

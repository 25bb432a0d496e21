// Test helper: one customer as the account registry keeps it (no token, made-up data).
import type { AccountView } from '@shared/contract/areas/accounts';

export function testCustomer(id: string): AccountView {
  return {
    id,
    profileId: 'demo',
    label: `Customer ${id}`,
    email: null,
    region: 'NA',
    connectedAt: new Date(Date.UTC(2026, 0, 1)).toISOString(),
    grantedScopes: ['openid', 'offline_access'],
    state: 'connected',
    reconnectReason: null,
    sessionOnly: false,
  };
}

// Main process (plain Node). The `testCharge:` handlers: thin wrappers over the TestChargeService that turn
// a known refusal into a message safe to show.
import { FleetApiError } from '../fleet/fleet-error';
import type { TestChargeService } from './test-charge-service';
import { UserFacingError, type AreaHandlers } from '../ipc/handler-types';

async function safely<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    if (error instanceof FleetApiError) throw new UserFacingError('fleet_failed', { message: error.message });
    if (
      error instanceof RangeError ||
      (error instanceof Error &&
        /already running|unexpected shape|has not failed|Another test or restore/.test(error.message))
    ) {
      throw new UserFacingError('detail', { message: error.message });
    }
    throw error;
  }
}

export function testChargeHandlers(testCharge: TestChargeService): AreaHandlers<'testCharge'> {
  const service = () => testCharge;
  return {
    'testCharge:sites': ({ accountId }) => safely(async () => service().siteList(accountId)),
    'testCharge:plan': (args) => safely(() => service().plan({ minutes: 5, gridInteraction: true, ...args })),
    'testCharge:start': (args) =>
      safely(async () => ({ runId: await service().start({ minutes: 5, gridInteraction: true, ...args }) })),
    'testCharge:stop': ({ runId }) => ({ stopping: service().stop(runId) }),
    'testCharge:status': () => service().status(),
    'testCharge:recover': () => safely(async () => ({ notices: await service().recover() })),
    'testCharge:discard': ({ siteId }) => safely(async () => ({ discarded: await service().discard(siteId) })),
  };
}

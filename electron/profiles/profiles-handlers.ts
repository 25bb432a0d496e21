// Main process (plain Node). Handlers of the `profiles:` area: connection profiles and the client secret
// and the platform's agent key (which go to the keychain and never come back to the page), and the platform test.
import type { AreaHandlers } from '@main/ipc/handler-types';
import type { ProfileService } from './profile-service';

export function profilesHandlers(profiles: ProfileService): AreaHandlers<'profiles'> {
  const list = () => profiles.list();
  return {
    'profiles:list': list,
    'profiles:save': ({ profile }) => {
      profiles.save(profile);
      return list();
    },
    'profiles:remove': async ({ id }) => {
      await profiles.remove(id);
      return list();
    },
    'profiles:select': ({ id }) => {
      profiles.select(id);
      return list();
    },
    'profiles:setDemoCallback': ({ callback }) => {
      profiles.setDemoCallback(callback);
      return list();
    },
    'profiles:setClientSecret': async ({ id, secret }) => {
      await profiles.setClientSecret(id, secret);
      return list();
    },
    'profiles:clearClientSecret': async ({ id }) => {
      await profiles.clearClientSecret(id);
      return list();
    },
    'profiles:setAgentKey': async ({ id, key }) => {
      await profiles.setAgentKey(id, key);
      return list();
    },
    'profiles:clearAgentKey': async ({ id }) => {
      await profiles.clearAgentKey(id);
      return list();
    },
    'profiles:testPlatform': ({ id }) => profiles.testPlatform(id),
    'profiles:import': ({ json }) => {
      profiles.import(json);
      return list();
    },
  };
}

// Main process (plain Node). Handlers of the `profiles:` area: connection profiles and the client secret
// (which goes to the keychain and never comes back to the page).
import type { BackendContext } from '../app/backend-context';
import type { AreaHandlers } from '../ipc/handler-types';

export function profilesHandlers(ctx: BackendContext): AreaHandlers<'profiles'> {
  const list = () => ctx.profiles.list();
  return {
    'profiles:list': list,
    'profiles:save': ({ profile }) => {
      ctx.profiles.save(profile);
      return list();
    },
    'profiles:remove': async ({ id }) => {
      await ctx.profiles.remove(id);
      return list();
    },
    'profiles:select': ({ id }) => {
      ctx.profiles.select(id);
      return list();
    },
    'profiles:setDemoCallback': ({ callback }) => {
      ctx.profiles.setDemoCallback(callback);
      return list();
    },
    'profiles:setClientSecret': async ({ id, secret }) => {
      await ctx.profiles.setClientSecret(id, secret);
      return list();
    },
    'profiles:clearClientSecret': async ({ id }) => {
      await ctx.profiles.clearClientSecret(id);
      return list();
    },
    'profiles:import': ({ json }) => {
      ctx.profiles.import(json);
      return list();
    },
  };
}

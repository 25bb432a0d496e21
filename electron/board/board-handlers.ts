// Main process (plain Node). Handlers of the `board:` area: the latest sweep's summary, the homes (filter,
// search), one home's history and the CSV for the platform's ticket system, all read from the sweep store.
import type { AreaHandlers } from '../ipc/handler-types';
import { UserFacingError } from '../ipc/handler-types';
import { BoardStoreError, type BoardService } from './board-service';
import { StoreSettingError, type StoreSettingService } from './store-setting';

/** A store that cannot be opened or read is said on screen with what to do; anything else stays generic. */
async function said<T>(board: BoardService, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof BoardStoreError)
      throw new UserFacingError('board_store_unavailable', { store: board.storeLabel(), reason: error.detail });
    throw error;
  }
}

export function boardHandlers(board: BoardService, setting: StoreSettingService): AreaHandlers<'board'> {
  return {
    'board:storeSetting': () => setting.get(),
    'board:setStore': async (input) => {
      try {
        const saved = await setting.set(input);
        // The next look opens the store now set.
        await board.close();
        return saved;
      } catch (error) {
        if (error instanceof StoreSettingError) throw new UserFacingError('board_store_bad_url');
        throw error;
      }
    },
    'board:testStore': async (input) => {
      // The embedded store is one opening at a time: the Board's own lets go first.
      await board.close();
      return setting.test(input);
    },
    'board:summary': () => said(board, () => board.summary()),
    'board:homes': (filter) => said(board, () => board.homes(filter)),
    'board:home': ({ ref }) => said(board, () => board.home(ref)),
    'board:exportCsv': (filter) => said(board, () => board.exportCsv(filter)),
  };
}

// Renderer: the Board screen's state: the latest sweep's summary, the homes under the filter, the home
// opened, and the CSV export. Every read goes through the contract's `board:` calls.
import { create } from 'zustand';
import type { BoardCsv, BoardFilter, BoardHome, BoardHomeDetail, BoardSummary } from '@shared/contract';
import { getClient } from '@renderer/transport';
import { errorText } from '../reports/download-file';

interface BoardState {
  summary: BoardSummary | null;
  loading: boolean;
  error: string | null;
  filter: BoardFilter;
  homes: BoardHome[];
  total: number;
  homesError: string | null;
  opened: (BoardHomeDetail & { ref: string }) | null;
  openError: string | null;
  exported: BoardCsv | null;
  exporting: boolean;
  exportError: string | null;
  /** Reads the summary and the homes under the current filter. */
  load(): Promise<void>;
  setFilter(next: BoardFilter): Promise<void>;
  openHome(ref: string): Promise<void>;
  closeHome(): void;
  exportCsv(): Promise<BoardCsv | null>;
}

/** The filter without empty fields (the contract refuses none, but an empty search means "any"). */
function cleaned(filter: BoardFilter): BoardFilter {
  const out: BoardFilter = {};
  if (filter.cause) out.cause = filter.cause;
  if (filter.actor) out.actor = filter.actor;
  if (filter.incident !== undefined) out.incident = filter.incident;
  if (filter.changed) out.changed = filter.changed;
  if (filter.search?.trim()) out.search = filter.search.trim();
  return out;
}

export const useBoardStore = create<BoardState>((set, get) => {
  // Only the latest request's answer is shown (typing in the search sends one per key).
  let homesRequest = 0;
  const loadHomes = async () => {
    const mine = ++homesRequest;
    try {
      const { homes, total } = await getClient().board.homes(cleaned(get().filter));
      if (mine === homesRequest) set({ homes, total, homesError: null });
    } catch (error) {
      if (mine === homesRequest) set({ homesError: errorText(error) });
    }
  };
  return {
    summary: null,
    loading: false,
    error: null,
    filter: {},
    homes: [],
    total: 0,
    homesError: null,
    opened: null,
    openError: null,
    exported: null,
    exporting: false,
    exportError: null,
    async load() {
      set({ loading: true, error: null });
      try {
        const summary = await getClient().board.summary({});
        set({ summary, loading: false });
        if (summary.sweep) await loadHomes();
      } catch (error) {
        set({ loading: false, error: errorText(error) });
      }
    },
    async setFilter(next) {
      set({ filter: next, exported: null, exportError: null });
      await loadHomes();
    },
    async openHome(ref) {
      set({ openError: null });
      try {
        const detail = await getClient().board.home({ ref });
        set({ opened: { ...detail, ref } });
      } catch (error) {
        set({ openError: errorText(error) });
      }
    },
    closeHome: () => set({ opened: null, openError: null }),
    async exportCsv() {
      set({ exporting: true, exportError: null, exported: null });
      try {
        const csv = await getClient().board.exportCsv(cleaned(get().filter));
        set({ exported: csv, exporting: false });
        return csv;
      } catch (error) {
        set({ exporting: false, exportError: errorText(error) });
        return null;
      }
    },
  };
});

// Renderer: the reports screen's state: the report opened read-only, and today's re-run of it.
import { create } from 'zustand';
import type { OpenedReportView, RerunResult } from '@shared/contract';
import { getClient } from '@renderer/transport';
import { errorText } from './download-file';

interface ReportsState {
  opened: OpenedReportView | null;
  openError: string | null;
  opening: boolean;
  rerun: RerunResult | null;
  rerunning: boolean;
  rerunError: string | null;
  openText(fileName: string, text: string): Promise<void>;
  openHistory(id: string): Promise<void>;
  fail(message: string): void;
  runToday(): Promise<void>;
  close(): void;
}

export const useReportsStore = create<ReportsState>((set, get) => {
  const load = async (task: () => Promise<OpenedReportView>) => {
    set({ opening: true, openError: null });
    try {
      const opened = await task();
      set({ opened, opening: false, rerun: null, rerunError: null });
    } catch (error) {
      set({ opening: false, openError: errorText(error) });
    }
  };
  return {
    opened: null,
    openError: null,
    opening: false,
    rerun: null,
    rerunning: false,
    rerunError: null,
    openText: (fileName, text) => load(() => getClient().reports.open({ fileName, text })),
    openHistory: (id) => load(() => getClient().reports.openHistory({ id })),
    fail: (message) => set({ openError: message, opening: false }),
    async runToday() {
      const opened = get().opened;
      if (!opened) return;
      set({ rerunning: true, rerunError: null });
      try {
        set({ rerun: await getClient().reports.rerun({ openedId: opened.openedId }), rerunning: false });
      } catch (error) {
        set({ rerunning: false, rerunError: errorText(error) });
      }
    },
    close: () => set({ opened: null, rerun: null, rerunError: null, openError: null }),
  };
});

// Renderer: which customer account is selected. The connect feature fills in the list and actions; other
// screens read `selectedAccountId`.
import { create } from 'zustand';

interface AccountsState {
  selectedAccountId: string | null;
  select(accountId: string | null): void;
}

export const useAccountsStore = create<AccountsState>((set) => ({
  selectedAccountId: null,
  select: (selectedAccountId) => set({ selectedAccountId }),
}));

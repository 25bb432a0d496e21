// Runs anywhere. Tesla's Fleet API regions (reference section 1): the `ou_code` in a token, and which
// regional base URL serves that account.
export type Region = 'NA' | 'EU' | 'CN';
export const REGIONS: readonly Region[] = ['NA', 'EU', 'CN'];

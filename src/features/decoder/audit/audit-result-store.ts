import { create } from 'zustand';
import type { AuditResult } from '../../../core/audit/audit-hit';

/** The weak-secret audit's latest result and the token text it belongs to. */
export interface AuditResultState {
  token: string | null;
  result: AuditResult | null;
  publish: (token: string, result: AuditResult) => void;
}

/**
 * Where the audit panel leaves its result and the decoder's derivation reads it, so the findings
 * see a found secret without a callback chain through the view. Memory only.
 */
export const useAuditResultStore = create<AuditResultState>()((set) => ({
  token: null,
  result: null,
  publish: (token, result) => set({ token, result }),
}));

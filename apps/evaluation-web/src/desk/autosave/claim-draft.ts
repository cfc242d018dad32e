/** What the desk is typing for one indicator, before it is saved. */
export interface ClaimDraft {
  level: number | null;
  justification: string;
}

/** A claim as last stored by the service. */
export interface StoredClaim {
  level: number;
  justification: string;
  version: number;
  updatedAt: string;
}

export const EMPTY_DRAFT: ClaimDraft = { level: null, justification: '' };

/** A draft the service would accept: a level and a justification that is not blank. */
export function isSavable(draft: ClaimDraft): draft is { level: number; justification: string } {
  return draft.level !== null && draft.justification.trim() !== '';
}

/** The draft says what is stored (the service trims the justification). */
export function matchesStored(draft: ClaimDraft, stored: StoredClaim | undefined): boolean {
  if (!stored) return draft.level === null && draft.justification.trim() === '';
  return draft.level === stored.level && draft.justification.trim() === stored.justification;
}

export function sameDraft(a: ClaimDraft | undefined, b: ClaimDraft | undefined): boolean {
  return !!a && !!b && a.level === b.level && a.justification === b.justification;
}

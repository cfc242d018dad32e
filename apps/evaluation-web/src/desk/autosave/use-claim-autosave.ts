import { useDebounced, useMutation, type ClientError } from '@simpul/web-kit';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Claim } from '../../lokus/lokus.operations';
import { SAVE_CLAIM } from '../../lokus/work.operations';
import { EMPTY_DRAFT, isSavable, matchesStored, sameDraft, type ClaimDraft, type StoredClaim } from './claim-draft';

/** How long typing must pause before a claim is saved. */
export const AUTOSAVE_DELAY_MS = 1000;

/** Where one claim stands: what the card says beside it. */
export type ClaimSaveState =
  | { kind: 'idle' }
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'incomplete' }
  | { kind: 'failed'; errors: ClientError[] };

/** Unsaved work: leaving now would lose it. */
export const isUnsaved = (state: ClaimSaveState) =>
  state.kind === 'pending' || state.kind === 'saving' || state.kind === 'incomplete' || state.kind === 'failed';

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const next = { ...record };
  delete next[key];
  return next;
}

function storedOf(claims: readonly Claim[]): Record<string, StoredClaim> {
  return Object.fromEntries(
    claims.map((claim) => [
      claim.indicatorCode,
      { level: claim.level, justification: claim.justification, version: claim.version, updatedAt: claim.updatedAt },
    ]),
  );
}

/**
 * The desk's drafts of every claim, saved one claim at a time once typing pauses
 * (AUTOSAVE_DELAY_MS), each with the version it was read at so a change made elsewhere is reported
 * rather than overwritten. A failed save is not retried until the draft changes or `retry` is
 * called; drafts still waiting when the page goes away are sent at once.
 */
export function useClaimAutosave(lokusId: string, claims: readonly Claim[], enabled: boolean) {
  const [save] = useMutation(SAVE_CLAIM);
  const [drafts, setDrafts] = useState<Record<string, ClaimDraft>>(() =>
    Object.fromEntries(claims.map((claim) => [claim.indicatorCode, { level: claim.level, justification: claim.justification }])),
  );
  const [stored, setStored] = useState<Record<string, StoredClaim>>(() => storedOf(claims));
  const [inFlight, setInFlight] = useState<ReadonlySet<string>>(new Set());
  const [failures, setFailures] = useState<Record<string, { draft: ClaimDraft; errors: ClientError[] }>>({});
  // Bumped after each save so a change typed while it was in flight is saved next.
  const [round, setRound] = useState(0);
  const debounced = useDebounced(drafts, AUTOSAVE_DELAY_MS);

  // The latest values for callbacks and the unmount flush, without re-subscribing on every key.
  const latest = useRef({ drafts, stored, inFlight, enabled });
  latest.current = { drafts, stored, inFlight, enabled };

  // Evidence changes refetch the lokus: newer stored versions are taken in, drafts are kept.
  useEffect(() => {
    setStored((current) => {
      const next = { ...current };
      for (const [code, claim] of Object.entries(storedOf(claims))) {
        if (!next[code] || next[code].version < claim.version) next[code] = claim;
      }
      return next;
    });
  }, [claims]);

  const saveOne = useCallback(
    async (code: string, draft: ClaimDraft) => {
      if (!isSavable(draft)) return;
      setInFlight((current) => new Set(current).add(code));
      const result = await save({
        input: {
          lokusId,
          indicatorCode: code,
          level: draft.level,
          justification: draft.justification.trim(),
          expectedVersion: latest.current.stored[code]?.version ?? 0,
        },
      });
      if (result.data) {
        const claim = result.data.saveF01Claim;
        setStored((current) => ({
          ...current,
          [code]: { level: claim.level, justification: claim.justification, version: claim.version, updatedAt: claim.updatedAt },
        }));
        setFailures((current) => withoutKey(current, code));
      } else {
        setFailures((current) => ({ ...current, [code]: { draft, errors: result.errors } }));
      }
      setInFlight((current) => {
        const next = new Set(current);
        next.delete(code);
        return next;
      });
      setRound((n) => n + 1);
    },
    [lokusId, save],
  );

  useEffect(() => {
    if (!enabled) return;
    for (const [code, draft] of Object.entries(debounced)) {
      const { stored: saved, inFlight: busy } = latest.current;
      if (busy.has(code) || !isSavable(draft) || matchesStored(draft, saved[code])) continue;
      if (sameDraft(failures[code]?.draft, draft)) continue;
      void saveOne(code, draft);
    }
    // `round` re-checks after a save; failures are read, not watched (a failure alone must not retry).
  }, [debounced, round, enabled, saveOne]);

  // Leaving the page (Back, a link): drafts that can be saved and are waiting go out now.
  useEffect(
    () => () => {
      const { drafts: all, stored: saved, inFlight: busy, enabled: on } = latest.current;
      if (!on) return;
      for (const [code, draft] of Object.entries(all)) {
        if (!busy.has(code) && isSavable(draft) && !matchesStored(draft, saved[code])) void saveOne(code, draft);
      }
    },
    [saveOne],
  );

  const stateOf = useCallback(
    (code: string): ClaimSaveState => {
      const draft = drafts[code] ?? EMPTY_DRAFT;
      if (inFlight.has(code)) return { kind: 'saving' };
      const failure = failures[code];
      if (failure && sameDraft(failure.draft, draft)) return { kind: 'failed', errors: failure.errors };
      const saved = stored[code];
      if (matchesStored(draft, saved)) return saved ? { kind: 'saved', at: saved.updatedAt } : { kind: 'idle' };
      return isSavable(draft) ? { kind: 'pending' } : { kind: 'incomplete' };
    },
    [drafts, failures, inFlight, stored],
  );

  const codes = useMemo(() => [...new Set([...Object.keys(drafts), ...Object.keys(stored)])], [drafts, stored]);
  const states = useMemo(() => codes.map((code) => stateOf(code)), [codes, stateOf]);
  const lastSavedAt = useMemo(
    () =>
      Object.values(stored)
        .map((claim) => claim.updatedAt)
        .sort()
        .at(-1) ?? null,
    [stored],
  );

  return {
    drafts,
    stored,
    setDraft: (code: string, draft: ClaimDraft) => setDrafts((all) => ({ ...all, [code]: draft })),
    stateOf,
    /** Save this claim now (the card's save button, or "try again"). */
    saveNow: (code: string) => saveOne(code, drafts[code] ?? EMPTY_DRAFT),
    unsavedCount: states.filter(isUnsaved).length,
    failedCount: states.filter((state) => state.kind === 'failed').length,
    saving: states.some((state) => state.kind === 'saving' || state.kind === 'pending'),
    lastSavedAt,
  };
}

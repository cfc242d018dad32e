import type { ClientError, MutationResult } from '@simpul/web-kit';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { KippSaveProposalMutation, KippSaveProposalMutationVariables } from '../__generated__/operations';
import type { SaveProposalInput } from './desk.operations';

export type DraftPatch = Omit<SaveProposalInput, 'id' | 'expectedVersion'>;

/** Later edits win; sections merge key by key so editing two sections before a save keeps both. */
export function mergePatch(earlier: DraftPatch, later: DraftPatch): DraftPatch {
  const merged: DraftPatch = { ...earlier, ...later };
  if (earlier.sections || later.sections) merged.sections = { ...earlier.sections, ...later.sections };
  return merged;
}

export const isEmptyPatch = (patch: DraftPatch) => Object.keys(patch).length === 0;

/**
 * idle: nothing typed yet; pending: changes wait for the pause; saving; saved; error: the server
 * refused a value (fix it and the next change resends); conflict: someone else saved a newer
 * version, so autosave stops rather than overwrite it.
 */
export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

export interface AutosaveState {
  status: AutosaveStatus;
  version: number;
  savedAt: string | null;
  errors: ClientError[] | null;
}

type Save = (variables: KippSaveProposalMutationVariables) => Promise<MutationResult<KippSaveProposalMutation>>;

export const AUTOSAVE_DELAY_MS = 1500;

/** Debounced saveProposal with expectedVersion: one request in flight, changes made meanwhile go next. */
export function useAutosave(id: string, initialVersion: number, save: Save, delay = AUTOSAVE_DELAY_MS) {
  const [state, setState] = useState<AutosaveState>({ status: 'idle', version: initialVersion, savedAt: null, errors: null });
  const pending = useRef<DraftPatch>({});
  const version = useRef(initialVersion);
  const inFlight = useRef(false);
  const stopped = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const flushRef = useRef<() => Promise<void>>(() => Promise.resolve());

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (inFlight.current || stopped.current || isEmptyPatch(pending.current)) return;
    const patch = pending.current;
    pending.current = {};
    inFlight.current = true;
    setState((s) => ({ ...s, status: 'saving' }));
    const result = await save({ input: { id, expectedVersion: version.current, ...patch } });
    inFlight.current = false;
    if (result.data) {
      version.current = result.data.saveProposal.version;
      const more = !isEmptyPatch(pending.current);
      setState({ status: more ? 'pending' : 'saved', version: version.current, savedAt: result.data.saveProposal.updatedAt, errors: null });
      if (more) void flushRef.current();
      return;
    }
    // Keep what failed so the next change sends it again together with the fix.
    pending.current = mergePatch(patch, pending.current);
    const conflict = result.errors.some((error) => error.code === 'CONFLICT');
    if (conflict) stopped.current = true;
    setState((s) => ({ ...s, status: conflict ? 'conflict' : 'error', errors: result.errors }));
  }, [id, save]);
  flushRef.current = flush;

  const change = useCallback(
    (patch: DraftPatch) => {
      if (stopped.current) return;
      pending.current = mergePatch(pending.current, patch);
      setState((s) => ({ ...s, status: inFlight.current ? s.status : 'pending' }));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flushRef.current(), delay);
    },
    [delay],
  );

  /** After another mutation (share) bumped the version on the server. */
  const setVersion = useCallback((next: number) => {
    version.current = next;
    setState((s) => ({ ...s, version: next }));
  }, []);

  // Leaving the page still sends what was typed in the last second.
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      if (!isEmptyPatch(pending.current)) void flushRef.current();
    },
    [],
  );

  return { state, change, flush, setVersion, hasUnsaved: () => !isEmptyPatch(pending.current) || inFlight.current };
}

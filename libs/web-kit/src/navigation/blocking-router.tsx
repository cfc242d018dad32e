import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { unstable_HistoryRouter as HistoryRouter } from 'react-router';
import type { BlockingHistory, HeldMove } from './blocking-history';

const BlockingHistoryContext = createContext<BlockingHistory | null>(null);

/**
 * react-router's component router over a history that pages may hold (`useNavigationBlocker`): the
 * portal mounts one for the page's life, tests one over a memory history.
 */
export function BlockingRouter({ history, children }: { history: BlockingHistory; children: ReactNode }) {
  return (
    <BlockingHistoryContext.Provider value={history}>
      <HistoryRouter history={history}>{children}</HistoryRouter>
    </BlockingHistoryContext.Provider>
  );
}

export type NavigationBlockerState = { state: 'unblocked' } | { state: 'blocked'; move: HeldMove; proceed: () => void; reset: () => void };

/**
 * Holds in-app navigation (links, `navigate()`, the browser's Back and Forward) while `shouldBlock`
 * says so, until the page answers: `proceed()` makes the move, `reset()` stays. Without a
 * BlockingRouter above (a remote under some other router) nothing is held.
 */
export function useNavigationBlocker(shouldBlock: (move: HeldMove) => boolean): NavigationBlockerState {
  const history = useContext(BlockingHistoryContext);
  const [held, setHeld] = useState<HeldMove | null>(null);
  // The latest answer, without registering again on every render.
  const latest = useRef(shouldBlock);
  useEffect(() => {
    latest.current = shouldBlock;
  });
  useEffect(() => {
    if (!history) return;
    return history.block((move) => {
      if (!latest.current(move)) return false;
      setHeld(move);
      return true;
    });
  }, [history]);
  if (!held) return { state: 'unblocked' };
  return {
    state: 'blocked',
    move: held,
    proceed: () => {
      setHeld(null);
      held.retry();
    },
    reset: () => setHeld(null),
  };
}

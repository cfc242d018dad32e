import { UNSAFE_createBrowserHistory, type Location, type Path, type To } from 'react-router';

/** react-router's history (browser or memory), as its component router reads it. */
export type History = ReturnType<typeof UNSAFE_createBrowserHistory>;

/** A move the person asked for: how, where from, where to, and how to make it after all. */
export interface HeldMove {
  action: 'POP' | 'PUSH' | 'REPLACE';
  from: Location;
  to: Path;
  /** Makes the move without asking the blockers again. */
  retry: () => void;
}

/** Answers true to hold the move (and calls `retry` later if the person leaves after all). */
export type NavigationBlocker = (move: HeldMove) => boolean;

export interface BlockingHistory extends History {
  /** Registers a blocker (history v5's `block`); returns what removes it. */
  block(blocker: NavigationBlocker): () => void;
}

type Listener = Parameters<History['listen']>[0];
type Update = Parameters<Listener>[0];

/**
 * A history whose moves registered blockers may hold, as history v4/v5's `block`: a link or
 * `navigate()` asks them before it moves; Back or Forward has already moved when the browser tells,
 * so a held one is undone at once (`go(-delta)`) and made again (`go(delta)`) if the person leaves.
 * `inner` is react-router's browser or memory history made with `v5Compat: true` (every move reaches
 * its listener); react-router's component router reads the result (`unstable_HistoryRouter`).
 */
export function blockingHistory(inner: History): BlockingHistory {
  const blockers = new Set<NavigationBlocker>();
  const listeners = new Set<Listener>();
  let current: Pick<Update, 'action' | 'location'> = { action: inner.action, location: inner.location };
  // Our own undoing of a held Back, and its redoing, reach the listener as moves too.
  let undoing = false;
  let redoing = false;

  const held = (action: HeldMove['action'], to: Path, retry: () => void) =>
    [...blockers].some((blocker) => blocker({ action, from: current.location, to, retry }));
  const pathOf = (to: To): Path =>
    typeof to === 'string' ? inner.encodeLocation(to) : { pathname: current.location.pathname, search: '', hash: '', ...to };

  inner.listen((update) => {
    if (undoing) {
      undoing = false;
      return;
    }
    const { delta } = update;
    if (`${update.action}` === 'POP' && !redoing && delta && held('POP', update.location, () => redo(delta))) {
      undoing = true;
      inner.go(-delta);
      return;
    }
    redoing = false;
    current = { action: update.action, location: update.location };
    listeners.forEach((listener) => listener(update));
  });

  function redo(delta: number) {
    redoing = true;
    inner.go(delta);
  }

  return {
    get action() {
      return current.action;
    },
    get location() {
      return current.location;
    },
    createHref: (to) => inner.createHref(to),
    createURL: (to) => inner.createURL(to),
    encodeLocation: (to) => inner.encodeLocation(to),
    push(to, state) {
      if (!held('PUSH', pathOf(to), () => inner.push(to, state))) inner.push(to, state);
    },
    replace(to, state) {
      if (!held('REPLACE', pathOf(to), () => inner.replace(to, state))) inner.replace(to, state);
    },
    go: (delta) => inner.go(delta),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    block(blocker) {
      blockers.add(blocker);
      return () => blockers.delete(blocker);
    },
  };
}

/** The browser's history, blockable: the portal's, for the page's life. */
export function browserBlockingHistory(): BlockingHistory {
  return blockingHistory(UNSAFE_createBrowserHistory({ window, v5Compat: true }));
}

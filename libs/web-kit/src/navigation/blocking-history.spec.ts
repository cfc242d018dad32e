import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { blockingHistory, type HeldMove } from './blocking-history';

/** At /b, arrived from /a, with /c ahead (Forward goes there). */
function historyAtB() {
  const history = blockingHistory(createMemoryHistory({ initialEntries: ['/a', '/b', '/c'], initialIndex: 1, v5Compat: true }));
  const seen: string[] = [];
  history.listen(({ action, location }) => seen.push(`${action} ${location.pathname}`));
  return { history, seen };
}

function holdEverything(history: ReturnType<typeof historyAtB>['history']) {
  const held: HeldMove[] = [];
  const unblock = history.block((move) => {
    held.push(move);
    return true;
  });
  return { held, unblock };
}

describe('a history that pages may hold', () => {
  it('moves as the inner history does while nothing blocks', () => {
    const { history, seen } = historyAtB();
    history.push('/d');
    history.go(-1);
    history.replace('/e');
    expect(seen).toEqual(['PUSH /d', 'POP /b', 'REPLACE /e']);
    expect(history.location.pathname).toBe('/e');
  });

  it('asks its blockers before a push or replace, and makes the move only on retry', () => {
    const { history, seen } = historyAtB();
    const { held } = holdEverything(history);
    history.push('/d?x=1');
    history.replace('/e');
    expect(held.map(({ action, from, to }) => `${action} ${from.pathname} -> ${to.pathname}${to.search}`)).toEqual([
      'PUSH /b -> /d?x=1',
      'REPLACE /b -> /e',
    ]);
    expect(seen).toEqual([]);
    expect(history.location.pathname).toBe('/b');
    held[0].retry();
    expect(seen).toEqual(['PUSH /d']);
  });

  it('undoes a held Back at once and goes back on retry', () => {
    const { history, seen } = historyAtB();
    const { held, unblock } = holdEverything(history);
    history.go(-1);
    expect(held.map(({ action, to }) => `${action} ${to.pathname}`)).toEqual(['POP /a']);
    expect(seen).toEqual([]);
    expect(history.location.pathname).toBe('/b');
    // Forward from here is still /c: the undoing went back to where the person was.
    held[0].retry();
    expect(seen).toEqual(['POP /a']);
    unblock();
    history.go(2);
    expect(history.location.pathname).toBe('/c');
  });

  it('holds a held Forward the same way', () => {
    const { history, seen } = historyAtB();
    const { held } = holdEverything(history);
    history.go(1);
    expect(held.map(({ to }) => to.pathname)).toEqual(['/c']);
    expect(seen).toEqual([]);
    held[0].retry();
    expect(seen).toEqual(['POP /c']);
  });

  it('lets a move through when every blocker answers no, and stops asking a removed blocker', () => {
    const { history, seen } = historyAtB();
    const asked: string[] = [];
    const unblock = history.block(({ to }) => {
      asked.push(to.pathname);
      return false;
    });
    history.push('/d');
    unblock();
    history.push('/e');
    expect(asked).toEqual(['/d']);
    expect(seen).toEqual(['PUSH /d', 'PUSH /e']);
  });
});

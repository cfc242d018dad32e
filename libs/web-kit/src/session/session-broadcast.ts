/**
 * Tells the portal's other tabs that this one signed in or out. BroadcastChannel where there is one;
 * otherwise a `storage` event on a localStorage key, which every other tab of the origin receives.
 * The key also says whether a session cookie is likely there, so a new tab of someone who never
 * signed in does not ask /auth/refresh at all (the public, QR-code visitors on phones).
 */
export type SessionSignal = 'signed-in' | 'signed-out';

export const SESSION_HINT_KEY = 'simpul.session.hint';
const CHANNEL = 'simpul.session';

export function hasSessionHint(): boolean {
  try {
    return window.localStorage.getItem(SESSION_HINT_KEY) !== null;
  } catch {
    return true;
  }
}

function writeHint(signal: SessionSignal): void {
  try {
    // A new value each time, so a second sign-in still fires `storage` in the other tabs.
    if (signal === 'signed-in') window.localStorage.setItem(SESSION_HINT_KEY, `${Date.now()}-${Math.random().toString(36).slice(2)}`);
    else window.localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // Storage refused (private mode): the BroadcastChannel still works.
  }
}

export interface SessionBroadcast {
  announce(signal: SessionSignal): void;
  close(): void;
}

export function openSessionBroadcast(onSignal: (signal: SessionSignal) => void): SessionBroadcast {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  const onMessage = (event: MessageEvent<unknown>) => {
    if (event.data === 'signed-in' || event.data === 'signed-out') onSignal(event.data);
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key !== SESSION_HINT_KEY && event.key !== null) return;
    // key null: localStorage.clear() in another tab.
    onSignal(event.newValue === null ? 'signed-out' : 'signed-in');
  };
  channel?.addEventListener('message', onMessage);
  window.addEventListener('storage', onStorage);
  return {
    announce(signal) {
      writeHint(signal);
      channel?.postMessage(signal);
    },
    close() {
      channel?.removeEventListener('message', onMessage);
      channel?.close();
      window.removeEventListener('storage', onStorage);
    },
  };
}

/** Only the hint, for a tab that learned its session is gone (the server said so) without announcing it. */
export function forgetSessionHint(): void {
  writeHint('signed-out');
}

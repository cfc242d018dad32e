import type { StoredSession } from './session-user';

/** sessionStorage, not localStorage: the token dies with the tab, which suits shared office computers. */
export const SESSION_STORAGE_KEY = 'simpul.session';

export function readStoredSession(now: Date = new Date()): StoredSession | null {
  try {
    const raw = window.sessionStorage.getItem(SESSION_STORAGE_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof session.accessToken !== 'string' || typeof session.expiresAt !== 'string' || !session.user) return null;
    if (isExpired(session.expiresAt, now)) {
      clearStoredSession();
      return null;
    }
    return session as StoredSession;
  } catch {
    return null;
  }
}

export function writeStoredSession(session: StoredSession): void {
  window.sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
}

export function clearStoredSession(): void {
  window.sessionStorage.removeItem(SESSION_STORAGE_KEY);
}

export function isExpired(expiresAt: string, now: Date = new Date()): boolean {
  const time = Date.parse(expiresAt);
  return Number.isNaN(time) || time <= now.getTime();
}

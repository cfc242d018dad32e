import { useQuery, useSession } from '@simpul/web-kit';
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { UNREAD_NOTIFICATION_COUNT } from './notification-operations';

/** Modest on purpose: reminders come from daily scans, so a minute late is no loss. */
export const UNREAD_POLL_MS = 60_000;

interface UnreadCount {
  /** Unread notifications of the signed-in person; null signed out or before the first answer. */
  count: number | null;
  /** Ask again now (after marking some read). */
  refresh: () => void;
}

const UnreadCountContext = createContext<UnreadCount>({ count: null, refresh: () => undefined });

/**
 * The unread count the bell shows and the notifications page updates: asked on sign-in, on each
 * navigation, when the tab becomes visible again, and every minute while it is visible.
 */
export function UnreadCountProvider({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const { pathname } = useLocation();
  const query = useQuery(UNREAD_NOTIFICATION_COUNT, {}, { skip: !user });
  const { refetch } = query;

  const firstPath = useRef(true);
  useEffect(() => {
    // The first render's request is the query's own.
    if (firstPath.current) {
      firstPath.current = false;
      return;
    }
    if (user) refetch();
    // Only a change of page asks again (sign-in already re-runs the query through the token).
  }, [pathname]);

  useEffect(() => {
    if (!user) return;
    const visible = () => document.visibilityState === 'visible';
    const timer = window.setInterval(() => visible() && refetch(), UNREAD_POLL_MS);
    const onVisibility = () => visible() && refetch();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [user, refetch]);

  // `?.`: a failed or foreign answer leaves the bell without a number rather than breaking the header.
  const count = user ? (query.data?.myNotifications?.unreadCount ?? null) : null;
  return <UnreadCountContext.Provider value={{ count, refresh: refetch }}>{children}</UnreadCountContext.Provider>;
}

export function useUnreadCount(): UnreadCount {
  return useContext(UnreadCountContext);
}

import { toClientErrors, useLanguage, useMutation, useSession, type ClientError } from '@simpul/web-kit';
import { useCallback, useState } from 'react';
import type { UnreadNotificationIdsQuery } from '../__generated__/operations';
import { MARK_NOTIFICATIONS_READ, UNREAD_NOTIFICATION_IDS } from './notification-operations';
import { useUnreadCount } from './unread-count';

/** Not a notification id (those are UUIDs): "Tandai semua dibaca" is under way. */
export const ALL = '*';

/** The registry's page size; "Tandai semua" sends the ids in batches of it. */
const BATCH = 100;
/** A safety stop for "Tandai semua": nobody has more unread reminders than this. */
const MAX_PAGES = 50;

/**
 * Marking notifications read, remembered on the page (id → readAt) so a list already on screen
 * shows it at once; the bell is asked again afterwards.
 */
export function useMarkRead() {
  const { client } = useSession();
  const [language] = useLanguage();
  const { refresh } = useUnreadCount();
  const [mark] = useMutation(MARK_NOTIFICATIONS_READ);
  const [readAt, setReadAt] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<ClientError[] | null>(null);
  // The one being marked (its button spins), or ALL for "Tandai semua dibaca".
  const [busy, setBusy] = useState<string | null>(null);

  const markIds = useCallback(
    async (ids: string[]): Promise<boolean> => {
      for (let start = 0; start < ids.length; start += BATCH) {
        const result = await mark({ ids: ids.slice(start, start + BATCH) });
        if (result.errors) {
          setErrors(result.errors);
          return false;
        }
        const marked = Object.fromEntries(result.data.markNotificationsRead.map((n) => [n.id, n.readAt ?? new Date().toISOString()]));
        setReadAt((current) => ({ ...current, ...marked }));
      }
      return true;
    },
    [mark],
  );

  const markOne = useCallback(
    async (id: string): Promise<boolean> => {
      setBusy(id);
      setErrors(null);
      const ok = await markIds([id]);
      setBusy(null);
      refresh();
      return ok;
    },
    [markIds, refresh],
  );

  /** Every unread notification, not only those loaded on the page. */
  const markAll = useCallback(async (): Promise<boolean> => {
    setBusy(ALL);
    setErrors(null);
    const ids: string[] = [];
    let after: string | null = null;
    try {
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const data: UnreadNotificationIdsQuery = await client.request(UNREAD_NOTIFICATION_IDS, { after });
        ids.push(...data.myNotifications.edges.map((edge) => edge.node.id));
        if (!data.myNotifications.pageInfo.hasNextPage) break;
        after = data.myNotifications.pageInfo.endCursor;
      }
    } catch (error) {
      setErrors(toClientErrors(error, language));
      setBusy(null);
      return false;
    }
    const ok = await markIds(ids);
    setBusy(null);
    refresh();
    return ok;
  }, [client, language, markIds, refresh]);

  return { readAt, errors, busy, markOne, markAll };
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NOTIFICATION_KINDS, NOTIFICATION_KIND_LABELS, type NotificationKind } from '@simpul/contracts';
import { isUuid, keysetPage, mapConnection, notFound, one, rows, validateFirst, type TaskModule } from '@simpul/service-kit';
import type { Notification, NotificationConnection, NotificationSetting } from './notification.model';

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  module: TaskModule;
  titleId: string;
  titleEn: string;
  bodyId: string;
  bodyEn: string;
  url: string;
  createdAt: Date;
  readAt: Date | null;
}

const COLUMNS = `n.id, n.kind, n.module, n.title_id AS "titleId", n.title_en AS "titleEn", n.body_id AS "bodyId",
  n.body_en AS "bodyEn", n.url, n.created_at AS "createdAt", n.read_at AS "readAt"`;

function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    module: row.module,
    title: { id: row.titleId, en: row.titleEn },
    body: { id: row.bodyId, en: row.bodyEn },
    url: row.url,
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}

/** The signed-in person's notifications and e-mail choices; nobody reads or marks another's. */
@Injectable()
export class NotificationsService {
  constructor(private readonly db: DataSource) {}

  async page(
    userId: string,
    first: number | null | undefined,
    after: string | null | undefined,
    unreadOnly: boolean,
  ): Promise<NotificationConnection> {
    const size = validateFirst(first);
    const [page, unread] = await Promise.all([
      keysetPage<NotificationRow>(this.db, {
        columns: COLUMNS,
        from: 'registry.notifications n',
        where: unreadOnly ? 'n.user_id = $1 AND n.read_at IS NULL' : 'n.user_id = $1',
        params: [userId],
        keys: [
          { sql: 'n.created_at', type: 'timestamptz' },
          { sql: 'n.id', type: 'uuid' },
        ],
        direction: 'DESC',
        first: size,
        after,
      }),
      one<{ count: number }>(this.db, `SELECT count(*)::int AS count FROM registry.notifications WHERE user_id = $1 AND read_at IS NULL`, [
        userId,
      ]),
    ]);
    return { ...mapConnection(page, toNotification), unreadCount: unread?.count ?? 0 };
  }

  /**
   * Marks the caller's notifications read (already read ones keep their time). All or nothing: an id
   * that is not one of the caller's refuses the whole request, naming that id.
   */
  async markRead(userId: string, ids: readonly string[]): Promise<Notification[]> {
    const unique = [...new Set(ids)];
    const stranger = unique.find((id) => !isUuid(id));
    if (stranger) throw notYours(stranger);
    const own = await rows<{ id: string }>(this.db, `SELECT id FROM registry.notifications WHERE id = ANY($1::uuid[]) AND user_id = $2`, [
      unique,
      userId,
    ]);
    const ownIds = new Set(own.map((row) => row.id));
    const missing = unique.find((id) => !ownIds.has(id.toLowerCase()));
    if (missing) throw notYours(missing);
    const marked = await rows<NotificationRow>(
      this.db,
      `UPDATE registry.notifications n SET read_at = COALESCE(n.read_at, now())
       WHERE n.id = ANY($1::uuid[]) AND n.user_id = $2 RETURNING ${COLUMNS}`,
      [unique, userId],
    );
    const byId = new Map(marked.map((row) => [row.id, toNotification(row)]));
    return unique.map((id) => byId.get(id.toLowerCase())).filter((found): found is Notification => Boolean(found));
  }

  async settings(userId: string): Promise<NotificationSetting[]> {
    const chosen = await rows<{ kind: NotificationKind; email: boolean }>(
      this.db,
      `SELECT kind, email FROM registry.notification_settings WHERE user_id = $1`,
      [userId],
    );
    const email = new Map(chosen.map((row) => [row.kind, row.email]));
    return NOTIFICATION_KINDS.map((kind) => setting(kind, email.get(kind) ?? true));
  }

  async setEmail(userId: string, kind: NotificationKind, email: boolean): Promise<NotificationSetting> {
    await this.db.query(
      `INSERT INTO registry.notification_settings (user_id, kind, email) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, kind) DO UPDATE SET email = EXCLUDED.email`,
      [userId, kind, email],
    );
    return setting(kind, email);
  }
}

function setting(kind: NotificationKind, email: boolean): NotificationSetting {
  return { kind, label: NOTIFICATION_KIND_LABELS[kind], email };
}

function notYours(id: string) {
  return notFound(`You have no notification ${id}.`, `Anda tidak memiliki pengingat ${id}.`, 'ids');
}

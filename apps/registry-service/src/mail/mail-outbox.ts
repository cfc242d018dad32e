import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { MailMessage } from '@simpul/service-kit';

/**
 * Writes a message to registry.mail_outbox inside the caller's transaction: the message exists
 * exactly when the account or token it belongs to does. Delivery happens after commit.
 */
export async function enqueueMail(manager: EntityManager, message: MailMessage): Promise<string> {
  const id = randomUUID();
  await manager.query(`INSERT INTO registry.mail_outbox (id, recipient, subject, text_body, html_body) VALUES ($1, $2, $3, $4, $5)`, [
    id,
    message.to,
    message.subject,
    message.text,
    message.html,
  ]);
  return id;
}

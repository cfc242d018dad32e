import type { MailMessage } from './mail-message';

/** Delivers e-mail. `transport` names where messages go (kept in the outbox row that was sent). */
export interface MailSender {
  readonly transport: 'smtp' | 'console';
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_MAIL_FROM = 'Simpul <no-reply@simpul.localhost>';

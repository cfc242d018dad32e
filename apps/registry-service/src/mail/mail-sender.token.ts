/** Nest token of the MailSender the registry delivers its outbox with. */
export const MAIL_SENDER = Symbol('MAIL_SENDER');

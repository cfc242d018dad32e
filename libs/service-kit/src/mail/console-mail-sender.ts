import type { MailMessage } from './mail-message';
import type { MailSender } from './mail-sender';

/**
 * The development path without SMTP_URL: nothing leaves the machine; the message is printed to the
 * console (its plain text carries the link), and stays in the service's outbox table.
 */
export class ConsoleMailSender implements MailSender {
  readonly transport = 'console' as const;

  constructor(private readonly print: (text: string) => void = (text) => console.log(text)) {}

  async send(message: MailMessage): Promise<void> {
    this.print(
      [
        `── e-mail (development: SMTP_URL is not set, nothing was sent) ──`,
        `To: ${message.to}`,
        `Subject: ${message.subject}`,
        '',
        message.text,
        '──',
      ].join('\n'),
    );
  }

  async close(): Promise<void> {
    // nothing to release
  }
}

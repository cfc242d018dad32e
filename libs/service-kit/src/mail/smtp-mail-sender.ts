import nodemailer, { type Transporter } from 'nodemailer';
import type { MailMessage } from './mail-message';
import { DEFAULT_MAIL_FROM, type MailSender } from './mail-sender';

/** Sends through an SMTP server (`smtp://user:pass@host:port`, `smtps://…`) with nodemailer. */
export class SmtpMailSender implements MailSender {
  readonly transport = 'smtp' as const;
  private readonly transporter: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from = DEFAULT_MAIL_FROM,
  ) {
    const url = new URL(smtpUrl);
    // A plain smtp:// URL on a development server often has no TLS certificate worth checking.
    this.transporter = nodemailer.createTransport({
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
      secure: url.protocol === 'smtps:',
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send(message: MailMessage): Promise<void> {
    await this.transporter.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text, html: message.html });
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}

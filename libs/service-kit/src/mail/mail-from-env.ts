import { ConsoleMailSender } from './console-mail-sender';
import { DEFAULT_MAIL_FROM, type MailSender } from './mail-sender';
import { SmtpMailSender } from './smtp-mail-sender';

/** SMTP through nodemailer when SMTP_URL is set (from MAIL_FROM), otherwise the console. */
export function mailSenderFromEnv(env: NodeJS.ProcessEnv = process.env): MailSender {
  const url = env.SMTP_URL?.trim();
  if (!url) return new ConsoleMailSender();
  if (!/^smtps?:\/\//.test(url)) throw new Error(`SMTP_URL must start with smtp:// or smtps://, not "${url.split(':')[0]}:".`);
  return new SmtpMailSender(url, env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM);
}

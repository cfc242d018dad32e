import type { Role } from '@simpul/contracts';
import type { MailMessage } from '@simpul/service-kit';
import { PASSWORD_TOKEN_TTL_HOURS } from '../identity/password-tokens';
import type { MailLanguage } from './mail-language';

// The portal's role words (its `role.*` messages), so the e-mail names the role the person will see.
const ROLE_NAMES: Record<Role, Record<MailLanguage, string>> = {
  NATIONAL_ADMIN: { id: 'admin nasional', en: 'national admin' },
  EVALUATOR: { id: 'evaluator', en: 'evaluator' },
  MPP_OPERATOR: { id: 'operator MPP', en: 'MPP operator' },
  UNIT_DESK: { id: 'petugas unit', en: 'unit desk' },
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);
}

function html(paragraphs: string[], link: string, button: string): string {
  const body = paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n');
  return `<!doctype html>
<html><body style="font-family: Arial, sans-serif; color: #1a1b1e; line-height: 1.5">
${body}
<p><a href="${escapeHtml(link)}" style="display: inline-block; padding: 10px 16px; background: #1864ab; color: #ffffff; text-decoration: none; border-radius: 4px">${escapeHtml(button)}</a></p>
<p style="font-size: 13px; color: #495057">${escapeHtml(link)}</p>
</body></html>`;
}

function message(to: string, subject: string, paragraphs: string[], link: string, button: string, closing: string[]): MailMessage {
  return {
    to,
    subject,
    text: [...paragraphs, link, ...closing].join('\n\n'),
    html: html(paragraphs, link, button).replace(
      '</body>',
      `${closing.map((text) => `<p style="font-size: 13px; color: #495057">${escapeHtml(text)}</p>`).join('\n')}\n</body>`,
    ),
  };
}

export interface InvitationMail {
  to: string;
  name: string;
  role: Role;
  invitedBy: string | null;
  link: string;
  language: MailLanguage;
}

/** The invitation: who invited, as what, and the link to set a password (valid 72 hours, once). */
export function invitationMessage({ to, name, role, invitedBy, link, language }: InvitationMail): MailMessage {
  if (language === 'en') {
    return message(
      to,
      'Your Simpul account',
      [
        `Hello ${name},`,
        `${invitedBy ? `${invitedBy} has invited you` : 'You have been invited'} to Simpul as ${ROLE_NAMES[role].en}. Set your password to start:`,
      ],
      link,
      'Set my password',
      [`The link works once, for ${PASSWORD_TOKEN_TTL_HOURS} hours. If you did not expect this e-mail, you can ignore it.`],
    );
  }
  return message(
    to,
    'Akun Simpul Anda',
    [
      `Halo ${name},`,
      `${invitedBy ? `${invitedBy} mengundang Anda` : 'Anda diundang'} ke Simpul sebagai ${ROLE_NAMES[role].id}. Atur kata sandi Anda untuk mulai:`,
    ],
    link,
    'Atur kata sandi',
    [`Tautan ini hanya dapat dipakai sekali, selama ${PASSWORD_TOKEN_TTL_HOURS} jam. Bila Anda tidak merasa diundang, abaikan surel ini.`],
  );
}

export interface ResetMail {
  to: string;
  name: string;
  link: string;
  language: MailLanguage;
}

/** "Lupa kata sandi": the link to set a new password; setting it ends every other session. */
export function passwordResetMessage({ to, name, link, language }: ResetMail): MailMessage {
  if (language === 'en') {
    return message(
      to,
      'Reset your Simpul password',
      [`Hello ${name},`, 'Someone asked to reset the password of your Simpul account. Choose a new password here:'],
      link,
      'Choose a new password',
      [
        `The link works once, for ${PASSWORD_TOKEN_TTL_HOURS} hours; setting a new password signs you out everywhere else. If you did not ask for this, ignore this e-mail: your password stays as it is.`,
      ],
    );
  }
  return message(
    to,
    'Atur ulang kata sandi Simpul',
    [`Halo ${name},`, 'Ada permintaan untuk mengatur ulang kata sandi akun Simpul Anda. Pilih kata sandi baru di sini:'],
    link,
    'Pilih kata sandi baru',
    [
      `Tautan ini hanya dapat dipakai sekali, selama ${PASSWORD_TOKEN_TTL_HOURS} jam; kata sandi baru mengakhiri sesi Anda di perangkat lain. Bila Anda tidak memintanya, abaikan surel ini: kata sandi Anda tetap.`,
    ],
  );
}

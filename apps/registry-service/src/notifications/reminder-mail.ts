import { NOTIFICATION_KIND_LABELS, type ReminderRequest } from '@simpul/contracts';
import type { MailMessage } from '@simpul/service-kit';
import { publicPortalUrl } from '../mail/account-links';

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);
}

/**
 * A reminder's e-mail: Bahasa Indonesia first, then English (the registry keeps no language per
 * person), with the link to the page in the portal and how to stop this kind of e-mail.
 */
export function reminderMessage(to: string, name: string, reminder: ReminderRequest, env: NodeJS.ProcessEnv = process.env): MailMessage {
  const link = `${publicPortalUrl(env)}${reminder.url}`;
  const label = NOTIFICATION_KIND_LABELS[reminder.kind];
  const closing = {
    id: `Anda menerima surel ini karena pengingat "${label.id}" menyala. Surel jenis ini dapat dimatikan di pengaturan notifikasi portal; pengingat di portal tetap ada.`,
    en: `You receive this e-mail because "${label.en}" reminders are on. You can turn this kind of e-mail off in the portal's notification settings; the reminder in the portal stays.`,
  };
  const paragraphs = [`Halo ${name},`, reminder.body.id, `(English) ${reminder.title.en}: ${reminder.body.en}`];
  const html = `<!doctype html>
<html><body style="font-family: Arial, sans-serif; color: #1a1b1e; line-height: 1.5">
${paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
<p><a href="${escapeHtml(link)}" style="display: inline-block; padding: 10px 16px; background: #1864ab; color: #ffffff; text-decoration: none; border-radius: 4px">Buka di Simpul / Open in Simpul</a></p>
<p style="font-size: 13px; color: #495057">${escapeHtml(link)}</p>
<p style="font-size: 13px; color: #495057">${escapeHtml(closing.id)}</p>
<p style="font-size: 13px; color: #495057">${escapeHtml(closing.en)}</p>
</body></html>`;
  return {
    to,
    subject: `${reminder.title.id} / ${reminder.title.en}`,
    text: [...paragraphs, link, closing.id, closing.en].join('\n\n'),
    html,
  };
}

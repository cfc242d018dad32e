/**
 * A moment as people in Indonesia read it in a message: Jakarta time, in the message's language
 * ("1 Februari 2027 pukul 07.00 WIB", "1 February 2027, 07:00 WIB") — never an ISO timestamp.
 */
export function jakartaTime(date: Date, language: 'id' | 'en'): string {
  const parts = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: 'Asia/Jakarta',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = `${part('day')} ${part('month')} ${part('year')}`;
  return language === 'id' ? `${day} pukul ${part('hour')}.${part('minute')} WIB` : `${day}, ${part('hour')}:${part('minute')} WIB`;
}

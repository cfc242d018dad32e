/**
 * Today's calendar date in Indonesia (WIB), as the KIPP service counts stage windows. The UTC date
 * (toISOString) is still yesterday until 07:00 WIB, which hid a window that had opened that morning.
 */
export function todayInIndonesia(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

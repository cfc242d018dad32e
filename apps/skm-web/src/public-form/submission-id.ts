/**
 * A v4 UUID from getRandomValues, which (unlike randomUUID) also works on a page served over plain
 * http. One per filled questionnaire, made on the device and sent again with every resend, so an
 * answer whose receipt was lost (a replica dying mid-request) is stored once: the service answers
 * DUPLICATE for the second.
 */
export function newSubmissionId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

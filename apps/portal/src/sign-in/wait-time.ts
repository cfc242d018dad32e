/** "Try again in N minutes/seconds": the message key and count for a RATE_LIMITED answer. */
export function waitTime(retryAfterSeconds: number | undefined): { key: string; count: number } {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds ?? 60));
  if (seconds < 60) return { key: seconds === 1 ? 'signIn.rateLimited.second' : 'signIn.rateLimited.seconds', count: seconds };
  const minutes = Math.ceil(seconds / 60);
  return { key: minutes === 1 ? 'signIn.rateLimited.minute' : 'signIn.rateLimited.minutes', count: minutes };
}

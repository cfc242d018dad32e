import { SimpulError } from '@simpul/service-kit';
import type { TokenBucketLimiter } from './rate-limiter';

/** FORBIDDEN with a wait time: the shared error codes have no "too many requests" (REST answers 429). */
export function rateLimited(retryAfterSeconds: number): SimpulError {
  return new SimpulError(
    'FORBIDDEN',
    {
      en: `Too many submissions from this device; try again in ${retryAfterSeconds} s.`,
      id: `Terlalu banyak kiriman dari perangkat ini; coba lagi dalam ${retryAfterSeconds} detik.`,
    },
    'rateLimit',
  );
}

export function takeOrThrow(limiter: TokenBucketLimiter, clientAddress: string): void {
  const taken = limiter.take(clientAddress);
  if (!taken.ok) throw rateLimited(taken.retryAfterSeconds);
}

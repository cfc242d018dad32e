import { notFound, type SimpulError } from '@simpul/service-kit';

/** A lokus that does not exist and one the caller may not see are refused alike. */
export function lokusNotFound(): SimpulError {
  return notFound('This lokus does not exist or is not visible to you.', 'Lokus ini tidak ada atau tidak dapat Anda lihat.', 'lokusId');
}

import { notFound, type SimpulError } from '@simpul/service-kit';

export function cycleNotFound(): SimpulError {
  return notFound('This evaluation cycle does not exist.', 'Siklus evaluasi ini tidak ada.', 'cycleId');
}

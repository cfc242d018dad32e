export { Clock, FixedClock, SystemClock } from '@simpul/service-kit';

export { listLoader, rowLoader } from '@simpul/service-kit';

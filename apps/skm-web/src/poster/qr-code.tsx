export { QrCode } from '@simpul/ui';

import './report-card-messages';

export * from './date-in-words';
export * from './document-date';
export * from './letterhead';
export * from './signatory-block';
export * from './issuer-signatory';
export * from './verification-qr';
export * from './use-document-issue';
export * from './report-card-sheet';
export * from './report-card-print-styles';

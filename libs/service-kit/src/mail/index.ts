export * from './mail-message';
export * from './mail-sender';
export * from './smtp-mail-sender';
export * from './console-mail-sender';
export * from './mail-from-env';

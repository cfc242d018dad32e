export * from './plugin-context';
export * from './define-plugin';
export * from './plugin-remote';

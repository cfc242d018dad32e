export * from './role';
export * from './identity';
export * from './error-code';
export * from './standard-component';
export * from './agreement-term';
export * from './notification-kind';
export * from './plugins';

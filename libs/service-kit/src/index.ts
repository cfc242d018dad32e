export * from './auth/signed-token';
export * from './auth/secrets';
export * from './auth/access-token';
export * from './auth/internal-token';
export * from './stable-id';

export * from './notification-client';

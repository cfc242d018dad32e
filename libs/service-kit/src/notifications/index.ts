export * from './notification-client';
export * from './reminder-threshold';

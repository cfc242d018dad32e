export * from './run-as-actor';

export * from './run-as-actor';
export * from './audit-sql';
export * from './audit-entry.types';
export * from './field-changes';
export * from './audit-query';

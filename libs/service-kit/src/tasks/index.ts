export * from './task.model';
export * from './task-status';
export * from './task-feed';
export * from './task-sources';

export * from './dataset';
export * from './cursor-batches';
export * from './row-writers';
export * from './catalog';
export * from './send-dataset';
export * from './open-data.module';
export * from './open-data-client';

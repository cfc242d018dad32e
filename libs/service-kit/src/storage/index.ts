export * from './file-storage';
export * from './local-disk-file-storage';
export * from './file-types';
export * from './check-upload';
export * from './postgres-file-storage';
export * from './files-store';
export * from './copy-disk-files';

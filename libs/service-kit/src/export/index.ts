export * from './export-file.model';
export * from './write-export-file';

export * from './zip-directory';
export * from './xlsx-archive';

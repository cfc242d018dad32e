export * from './search-kind';
export * from './search-text';
export * from './search-document';
export * from './search-feed';
export * from './list-search';
export * from './search-key-sql';

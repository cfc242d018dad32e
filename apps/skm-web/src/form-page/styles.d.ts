// The page's stylesheet is bundled by rspack (css/auto); TypeScript only needs to know the import exists.
declare module '*.css';

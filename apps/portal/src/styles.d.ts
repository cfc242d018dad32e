// Stylesheets are bundled by rspack; TypeScript only needs to know they may be imported.
declare module '*.css';

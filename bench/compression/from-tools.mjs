// The portal's web server and its remotes as `npm start` serves them, for the TypeScript bench
// (a .ts file may not reach into tools/ by a relative path; the plain modules may).
export { startWebServer } from '../../tools/start/web-server.mjs';
export { remotes } from '../../tools/start/apps.mjs';

// What the web bench takes from outside bench/ (plain ESM, as bench/plugins/plugin-build.mjs does):
// the budget test's instrument and what `npm start` runs on which port variable.
export { PAGES, firstLoadScripts, gzippedTotal, pageData } from '../../tools/build/web-budget.mjs';
export { examplePlugin, gateway, portal, services } from '../../tools/start/apps.mjs';
/** @typedef {import('../../tools/build/web-budget.mjs').Script} Script */

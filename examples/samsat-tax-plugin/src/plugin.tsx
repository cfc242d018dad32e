// What the portal loads (rspack.config.mjs exposes it as './Plugin'): the default export is the plugin.
import { definePlugin } from '@simpul/plugin-sdk';
import { SamsatTaxPlugin } from './samsat-tax-plugin';

export default definePlugin({ component: SamsatTaxPlugin, name: 'samsat-tax' });

// What `npm start` runs. The subgraphs come from the one list the schema tool composes, so adding a
// service is one line in tools/schema/subgraphs.mjs.
import { SUBGRAPHS } from '../schema/subgraphs.mjs';

/** @typedef {{ name: string, app: string, port: number, portVariable: string, urlVariable: string }} Service */

/** @type {Service[]} */
export const services = SUBGRAPHS.map(({ name, app, url }) => ({
  name,
  app,
  port: Number(new URL(url).port),
  portVariable: `${name.toUpperCase()}_PORT`,
  urlVariable: `${name.toUpperCase()}_URL`,
}));

export const gateway = { app: 'gateway', port: 4000, portVariable: 'GATEWAY_PORT' };

export const portal = { app: 'portal', port: 4200, portVariable: 'PORTAL_PORT' };

/**
 * The example agency plugin (examples/samsat-tax-plugin), served from its own origin as an agency
 * would serve it, and registered and approved for SAMSAT Kalimantan Selatan with the demo data.
 */
export const examplePlugin = {
  app: 'samsat-tax-plugin',
  port: 4300,
  portVariable: 'PLUGIN_PORT',
  dist: 'dist/examples/samsat-tax-plugin',
  exposedModule: './Plugin',
};

export const remotes = [
  { name: 'registry', app: 'registry-web', routes: '/registry', title: { id: 'Registri', en: 'Registry' } },
  { name: 'evaluation', app: 'evaluation-web', routes: '/evaluasi', title: { id: 'Evaluasi', en: 'Evaluation' } },
  { name: 'kipp', app: 'kipp-web', routes: '/kipp', title: { id: 'Inovasi (KIPP)', en: 'Innovation (KIPP)' } },
  { name: 'mpp', app: 'mpp-web', routes: '/mpp', title: { id: 'Mal Pelayanan Publik', en: 'Public Service Malls' } },
  { name: 'skm', app: 'skm-web', routes: '/skm', title: { id: 'Survei Kepuasan (SKM)', en: 'Satisfaction surveys (SKM)' } },
];

/** @type {[email: string, who: string][]} */
export const demoAccounts = [
  ['admin@simpul.test', 'KemenPAN-RB national admin'],
  ['evaluator@simpul.test', 'evaluator'],
  ['operator.banjarmasin@simpul.test', 'operator of MPP Kota Banjarmasin'],
  ['desk.samsat-kalsel@simpul.test', 'desk of Samsat Kalimantan Selatan'],
  ['desk.dpmptsp-kalteng@simpul.test', 'desk of DPMPTSP Kalimantan Tengah'],
  ['admin.kalsel@simpul.test', 'KIPP local admin of Pemprov Kalimantan Selatan'],
  ['panel@simpul.test', 'KIPP independent panel (TPI) chair; tpi2..tpi5@ too'],
  ['te2@simpul.test', 'KIPP Tim Evaluasi member; te3..te12@ too'],
];
export const demoPassword = 'simpul-demo';

// What `npm start` runs. Adding a subgraph is one line in `services` (and one in tools/schema).
export const services = [
  { name: 'registry', app: 'registry-service', port: 4101, portVariable: 'REGISTRY_PORT', urlVariable: 'REGISTRY_URL' },
];

export const gateway = { app: 'gateway', port: 4000, portVariable: 'GATEWAY_PORT' };

export const portal = { app: 'portal', port: 4200, portVariable: 'PORTAL_PORT' };

export const remotes = [
  { name: 'registry', app: 'registry-web', routes: '/registry', title: { id: 'Registri', en: 'Registry' } },
];

export const demoAccounts = [
  ['admin@simpul.test', 'KemenPAN-RB national admin'],
  ['evaluator@simpul.test', 'evaluator'],
  ['operator.banjarmasin@simpul.test', 'operator of MPP Kota Banjarmasin'],
  ['desk.samsat-kalsel@simpul.test', 'desk of Samsat Kalimantan Selatan'],
  ['desk.dpmptsp-kalteng@simpul.test', 'desk of DPMPTSP Kalimantan Tengah'],
];
export const demoPassword = 'simpul-demo';

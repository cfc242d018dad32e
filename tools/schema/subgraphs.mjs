// The subgraphs the gateway composes. Adding a service is one line here (then `npm run schema`);
// the gateway reads each URL from the supergraph and lets `<NAME>_URL` override it at run time.
/** @typedef {{ name: string, app: string, url: string }} Subgraph */
/** @type {Subgraph[]} name: the subgraph (its URL variable is <NAME>_URL); app: the folder under apps/; url: the default written into the supergraph. */
export const SUBGRAPHS = [
  { name: 'registry', app: 'registry-service', url: 'http://127.0.0.1:4101/graphql' },
  { name: 'evaluation', app: 'evaluation-service', url: 'http://127.0.0.1:4102/graphql' },
  { name: 'kipp', app: 'kipp-service', url: 'http://127.0.0.1:4103/graphql' },
  { name: 'mpp', app: 'mpp-service', url: 'http://127.0.0.1:4104/graphql' },
  { name: 'skm', app: 'skm-service', url: 'http://127.0.0.1:4105/graphql' },
];

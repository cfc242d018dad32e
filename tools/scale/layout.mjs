// Where `npm run scale` puts everything on loopback: two replicas of every service and two gateways,
// each on its own port, and one HAProxy frontend per subgraph and one for the gateways. Every port
// comes from SCALE_BASE_PORT (default 5500) so two stacks can run side by side.
import { services } from '../start/apps.mjs';

export const REPLICAS = 2;

/**
 * @typedef {{ name: string, app: string, kind: 'service' | 'gateway', replica: number, port: number }} Replica
 * @typedef {{ name: string, port: number, servers: Replica[] }} Frontend
 * @typedef {{ base: number, postgres: number, stats: number, portal: number, gateway: Frontend, subgraphs: Frontend[], replicas: Replica[] }} Layout
 */

/**
 * @param {number} base the first port of a block of 100
 * @returns {Layout}
 */
export function layoutFrom(base) {
  const subgraphs = services.map((service, index) => {
    /** @type {Replica[]} */
    const servers = Array.from({ length: REPLICAS }, (_, replica) => ({
      name: `${service.name}-${replica + 1}`,
      app: service.app,
      kind: 'service',
      replica: replica + 1,
      port: base + 20 + index * REPLICAS + replica,
    }));
    return { name: service.name, port: base + 2 + index, servers };
  });
  /** @type {Replica[]} */
  const gateways = Array.from({ length: REPLICAS }, (_, replica) => ({
    name: `gateway-${replica + 1}`,
    app: 'gateway',
    kind: 'gateway',
    replica: replica + 1,
    port: base + 10 + replica,
  }));
  return {
    base,
    postgres: base,
    stats: base + 8,
    portal: base + 40,
    gateway: { name: 'gateway', port: base + 1, servers: gateways },
    subgraphs,
    replicas: [...subgraphs.flatMap((frontend) => frontend.servers), ...gateways],
  };
}

/**
 * `<NAME>_URL` of every subgraph pointing at its HAProxy frontend, as the gateways and services see them.
 * @param {Layout} layout
 */
export function subgraphUrlsOf(layout) {
  return Object.fromEntries(
    layout.subgraphs.map((frontend) => [`${frontend.name.toUpperCase()}_URL`, `http://127.0.0.1:${frontend.port}/graphql`]),
  );
}

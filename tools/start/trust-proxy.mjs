// Which hops in front of the portal are believed when they say, in X-Forwarded-For, whom they
// served: the gateway's `TRUST_PROXY`, read the way Express reads it (proxy-addr's grammar: named
// ranges, addresses and address/prefix subnets, comma-separated). Default `loopback`: a reverse
// proxy on this machine. Behind a load balancer add its addresses (`loopback, 10.0.0.0/8`), or every
// citizen shares its address. Plain Node (net.BlockList): the portal image has no node_modules.
import net from 'node:net';

/** @typedef {(address: string, hop: number) => boolean} Trust */

export const DEFAULT_TRUST_PROXY = 'loopback';

// As proxy-addr names them.
/** @type {Record<string, string[]>} */
const NAMED = {
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  loopback: ['127.0.0.1/8', '::1/128'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/**
 * @param {string | undefined} value TRUST_PROXY: `loopback`, `linklocal`, `uniquelocal`, addresses and subnets, comma-separated
 * @returns {Trust}
 */
export function parseTrustProxy(value) {
  const entries = (value || DEFAULT_TRUST_PROXY)
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .flatMap((entry) => NAMED[entry] ?? [entry]);
  const trusted = new net.BlockList();
  for (const entry of entries) {
    const [address, prefix, extra] = entry.split('/');
    const family = net.isIP(address);
    const bits = prefix === undefined ? (family === 4 ? 32 : 128) : Number(prefix);
    if (!family || extra !== undefined || (prefix !== undefined && !/^\d{1,3}$/.test(prefix)) || bits > (family === 4 ? 32 : 128)) {
      throw new Error(
        `TRUST_PROXY must be a comma-separated list of addresses, subnets or loopback/linklocal/uniquelocal (as the gateway reads it), got "${value}".`,
      );
    }
    trusted.addSubnet(address, bits, family === 4 ? 'ipv4' : 'ipv6');
  }
  return (address) => {
    const family = net.isIP(address);
    return family !== 0 && trusted.check(address, family === 4 ? 'ipv4' : 'ipv6');
  };
}

/**
 * The client's address, as Express's `req.ip`: the socket's, unless the socket is a trusted proxy;
 * then X-Forwarded-For is walked from the right while the hops are trusted, and the first one that
 * is not (or the leftmost) is the client.
 * @param {import('node:http').IncomingMessage} req
 * @param {Trust} trust
 * @returns {string}
 */
export function clientAddress(req, trust) {
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
    .reverse();
  const hops = [req.socket.remoteAddress ?? 'unknown', ...forwarded];
  const first = hops.findIndex((hop, index) => index === hops.length - 1 || !trust(hop, index));
  return hops[first];
}

/**
 * Whether the hop that connected to the portal is a trusted proxy (so its X-Forwarded-Proto holds).
 * @param {import('node:http').IncomingMessage} req
 * @param {Trust} trust
 */
export function fromTrustedProxy(req, trust) {
  const socket = req.socket.remoteAddress;
  return typeof socket === 'string' && trust(socket, 0);
}

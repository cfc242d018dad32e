// Which hops in front of the portal are believed when they say, in X-Forwarded-For, whom they
// served: the gateway's `TRUST_PROXY`, parsed the same way (Express hands the comma-separated value
// to proxy-addr, which this uses too). Default `loopback`: a reverse proxy on this machine. Behind a
// load balancer add its addresses (`loopback, 10.0.0.0/8`), or every citizen shares its address.
import proxyaddr from 'proxy-addr';

/** @typedef {(address: string, hop: number) => boolean} Trust */

export const DEFAULT_TRUST_PROXY = 'loopback';

/**
 * @param {string | undefined} value TRUST_PROXY: `loopback`, `linklocal`, `uniquelocal`, addresses and subnets, comma-separated
 * @returns {Trust}
 */
export function parseTrustProxy(value) {
  const list = (value || DEFAULT_TRUST_PROXY)
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return proxyaddr.compile(list);
  } catch {
    throw new Error(
      `TRUST_PROXY must be a comma-separated list of addresses, subnets or loopback/linklocal/uniquelocal (as the gateway reads it), got "${value}".`,
    );
  }
}

/**
 * The client's address: the socket's, unless the socket is a trusted proxy, then the address that
 * proxy named, walking X-Forwarded-For from the right while the hops are trusted.
 * @param {import('node:http').IncomingMessage} req
 * @param {Trust} trust
 * @returns {string}
 */
export function clientAddress(req, trust) {
  return proxyaddr(req, trust) || req.socket.remoteAddress || 'unknown';
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

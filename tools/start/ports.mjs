import net from 'node:net';
import { StartError } from './start-error.mjs';

/**
 * The ports browsers and Node's fetch refuse to connect to (WHATWG Fetch, "bad port"): a service
 * listening on one runs, but the health check, the gateway and the portal can never reach it.
 */
export const BLOCKED_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117,
  119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636,
  989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/**
 * Throws a StartError naming the first port of `wanted` that is no port, one fetch refuses, one
 * given twice, or one something else already listens on.
 * @param {{ port: number, what: string, variable: string }[]} wanted
 * @param {string} [host]
 */
export async function assertPortsFree(wanted, host = '127.0.0.1') {
  for (const { port, what, variable } of wanted) {
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new StartError(`${variable} must be a port number between 1 and 65535.`);
    if (BLOCKED_PORTS.has(port)) {
      throw new StartError(
        `${variable}=${port} (${what}) is a port that browsers and fetch refuse to connect to (the WHATWG "bad ports" list); set ${variable} to another port.`,
      );
    }
  }
  // Two of our own on one port: the second would fail only after everything before it had started.
  for (const [index, { port, variable }] of wanted.entries()) {
    const earlier = wanted.slice(0, index).find((other) => other.port === port);
    if (earlier) throw new StartError(`${earlier.variable} and ${variable} are both ${port}: give each its own port.`);
  }
  for (const { port, what, variable } of wanted) {
    const free = await new Promise(
      /** @param {(free: boolean) => void} resolve */ (resolve) => {
        const probe = net.createServer();
        probe.once('error', () => resolve(false));
        probe.listen(port, host, () => probe.close(() => resolve(true)));
      },
    );
    if (!free) {
      throw new StartError(`Port ${port} (${what}) is already in use: stop the program using it or set ${variable} to another port.`);
    }
  }
}

/**
 * Resolves true once `url` answers (with 2xx, or any status when `anyStatus`), false on timeout or death.
 * @param {string} url
 * @param {{ timeoutMs?: number, isAlive?: () => boolean, anyStatus?: boolean }} [options]
 */
export async function waitForHealth(url, { timeoutMs = 30000, isAlive = () => true, anyStatus = false } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) return false;
    try {
      const response = await fetch(url);
      if (response.ok || anyStatus) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

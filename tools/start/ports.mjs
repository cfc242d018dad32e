import net from 'node:net';
import { StartError } from './start-error.mjs';

/**
 * Throws a StartError naming the first port of `wanted` given twice, or that something else already listens on.
 * @param {{ port: number, what: string, variable: string }[]} wanted
 * @param {string} [host]
 */
export async function assertPortsFree(wanted, host = '127.0.0.1') {
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

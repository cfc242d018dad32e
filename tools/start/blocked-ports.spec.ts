// Node's fetch refuses the WHATWG "bad ports" (6000 is X11's): a service started there would run
// but never answer the health check. `npm start` says so before starting anything.
const loadPorts = () => import('./ports.mjs');

describe('ports fetch refuses', () => {
  it('names the variable, the port and why, before anything starts', async () => {
    const { assertPortsFree } = await loadPorts();
    await expect(
      assertPortsFree([
        { port: 4105, what: 'skm service', variable: 'SKM_PORT' },
        { port: 6000, what: 'GraphQL gateway', variable: 'GATEWAY_PORT' },
      ]),
    ).rejects.toThrow(
      'GATEWAY_PORT=6000 (GraphQL gateway) is a port that browsers and fetch refuse to connect to (the WHATWG "bad ports" list); set GATEWAY_PORT to another port.',
    );
  });

  it('agrees with fetch itself on every port of the list', async () => {
    const { BLOCKED_PORTS } = await loadPorts();
    expect(BLOCKED_PORTS.size).toBeGreaterThan(70);
    for (const port of [1, 21, 22, 25, 6000, 6665, 6669, 10080]) expect(BLOCKED_PORTS.has(port)).toBe(true);
    for (const port of BLOCKED_PORTS) {
      await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toMatchObject({ cause: { message: 'bad port' } });
    }
    // A port off the list is tried (and here refused by nobody listening, not by fetch).
    await expect(fetch('http://127.0.0.1:4999/')).rejects.not.toMatchObject({ cause: { message: 'bad port' } });
  });

  it('refuses a value that is no port at all', async () => {
    const { assertPortsFree } = await loadPorts();
    await expect(assertPortsFree([{ port: Number('40o0'), what: 'portal', variable: 'PORTAL_PORT' }])).rejects.toThrow(
      'PORTAL_PORT must be a port number between 1 and 65535.',
    );
  });
});

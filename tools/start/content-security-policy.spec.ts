import type { approvedPluginOrigins as ApprovedPluginOrigins, cspOrigin as CspOrigin } from './content-security-policy.mjs';

const load = () => import('./content-security-policy.mjs');

describe('plugin origins in the Content-Security-Policy', () => {
  let cspOrigin: typeof CspOrigin;
  let approvedPluginOrigins: typeof ApprovedPluginOrigins;
  beforeAll(async () => ({ cspOrigin, approvedPluginOrigins } = await load()));

  it('takes only plain http(s) origins, so an answer can never add a directive or a keyword', () => {
    expect(cspOrigin('https://pajak.example.go.id')).toBe('https://pajak.example.go.id');
    expect(cspOrigin('http://127.0.0.1:4300/')).toBe('http://127.0.0.1:4300');
    for (const bad of [
      "https://a.test; script-src 'unsafe-inline'",
      "'unsafe-eval'",
      'javascript:alert(1)',
      'data:text/html,x',
      'https://a.test/path',
      '*',
      42,
      null,
    ])
      expect(cspOrigin(bad)).toBeNull();
  });

  it('keeps the answer for its cache time, and retries sooner after the gateway did not answer', async () => {
    let clock = 0;
    let answer: () => Promise<Response> = () => Promise.reject(new TypeError('fetch failed'));
    const fetchImpl = jest.fn(() => answer());
    const origins = approvedPluginOrigins({
      gatewayUrl: 'http://gateway/graphql',
      ttlMs: 30_000,
      retryMs: 5_000,
      fetchImpl,
      now: () => clock,
    });

    await expect(origins()).resolves.toEqual([]);
    answer = async () => new Response(JSON.stringify({ data: { approvedPluginOrigins: ['http://127.0.0.1:4300'] } }));
    clock = 4_000;
    await expect(origins()).resolves.toEqual([]);
    clock = 6_000;
    await expect(origins()).resolves.toEqual(['http://127.0.0.1:4300']);
    answer = async () => new Response(JSON.stringify({ data: { approvedPluginOrigins: [] } }));
    clock = 35_000;
    await expect(origins()).resolves.toEqual(['http://127.0.0.1:4300']);
    clock = 36_001;
    await expect(origins()).resolves.toEqual([]);
    expect(fetchImpl).toHaveBeenCalledTimes(3);
  });

  it('shares one request between pages asked for at the same time', async () => {
    const fetchImpl = jest.fn(async () => new Response(JSON.stringify({ data: { approvedPluginOrigins: ['https://a.test'] } })));
    const origins = approvedPluginOrigins({ gatewayUrl: 'http://gateway/graphql', fetchImpl });
    await expect(Promise.all([origins(), origins(), origins()])).resolves.toEqual([
      ['https://a.test'],
      ['https://a.test'],
      ['https://a.test'],
    ]);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });
});

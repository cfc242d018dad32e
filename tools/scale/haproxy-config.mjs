// The HAProxy configuration of `npm run scale`. What is retried, and why it is safe:
// - a connection that fails (refused, reset before the request was sent) is retried on another
//   replica for every request (`retries` + `option redispatch 1`): the request never reached a process;
// - a replica that dies with a request in flight (empty or broken answer) is retried elsewhere only
//   for reads: GraphQL POSTs whose body does not hold the word "mutation" (a GraphQL mutation must
//   say it; a query that merely mentions the word is just not retried, the safe side) and GETs. A
//   mutation may have committed before its process died, so it is answered with the failure and the
//   client decides (SKM submissions carry a submissionId, so the client's retry is stored once).
// Health checks on /health every second take a dead replica out after two failures and put a
// restarted one back after its first good answer.

/**
 * @param {import('./layout.mjs').Frontend} frontend
 * @param {'gateway' | 'subgraph'} kind
 */
function frontendAndBackend(frontend, kind) {
  const servers = frontend.servers.map((server) => `  server ${server.name} 127.0.0.1:${server.port} check`);
  return [
    `frontend ${frontend.name}`,
    `  bind 127.0.0.1:${frontend.port}`,
    `  default_backend ${frontend.name}_replicas`,
    '',
    `backend ${frontend.name}_replicas`,
    '  balance roundrobin',
    // The body is read before a server is chosen, so that the rule below can see it and a retry can resend it.
    '  option http-buffer-request',
    '  acl graphql path /graphql',
    '  acl mutation req.body -m sub mutation',
    '  retry-on conn-failure empty-response junk-response response-timeout',
    '  http-request disable-l7-retry if METH_POST !graphql',
    '  http-request disable-l7-retry if graphql mutation',
    // A gateway answers /health 503 while a subgraph frontend has no replica up; it still serves.
    kind === 'gateway' ? '  http-check expect rstatus ^(200|503)$' : '  http-check expect status 200',
    '  option httpchk GET /health',
    '  default-server inter 1s fastinter 500ms fall 2 rise 1',
    ...servers,
    '',
  ].join('\n');
}

/** @param {import('./layout.mjs').Layout} layout */
export function haproxyConfig(layout) {
  return [
    'global',
    '  maxconn 4096',
    // Into haproxy.log beside the replicas' logs: only requests that failed or were retried (dontlog-normal).
    '  log stdout format raw local0 info',
    '',
    'defaults',
    '  mode http',
    '  log global',
    '  option httplog',
    '  option dontlog-normal',
    '  option http-keep-alive',
    // An idle client connection is kept longer than the gateway keeps its pooled sockets idle
    // (SUBGRAPH_SOCKET_IDLE_MS, 30 s), as the subgraphs do (SUBGRAPH_KEEP_ALIVE_MS): closing it first
    // races a request the gateway is writing onto it ("socket hang up", seen in the bench at 10 s).
    '  timeout http-keep-alive 65s',
    '  timeout connect 1s',
    '  timeout client 65s',
    // A read that takes longer than this is retried on the other replica (response-timeout above).
    '  timeout server 20s',
    '  timeout http-request 10s',
    '  retries 3',
    '  option redispatch 1',
    '',
    'frontend stats',
    `  bind 127.0.0.1:${layout.stats}`,
    '  stats enable',
    '  stats uri /',
    '  stats refresh 2s',
    '',
    frontendAndBackend(layout.gateway, 'gateway'),
    ...layout.subgraphs.map((frontend) => frontendAndBackend(frontend, 'subgraph')),
  ].join('\n');
}

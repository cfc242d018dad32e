import type { Server } from 'node:http';
import { Module } from '@nestjs/common';
import { createSubgraphApp, SUBGRAPH_KEEP_ALIVE_MS, SUBGRAPH_SOCKET_IDLE_MS } from './create-subgraph-app';

@Module({})
class EmptyModule {}

describe('keep-alive between the gateway and a subgraph', () => {
  it('a subgraph keeps an idle connection longer than the gateway keeps its pooled socket, so the gateway closes first', async () => {
    const app = await createSubgraphApp(EmptyModule, { logLevels: ['error'] });
    try {
      const server = app.getHttpServer() as Server;
      expect(server.keepAliveTimeout).toBe(SUBGRAPH_KEEP_ALIVE_MS);
      expect(server.keepAliveTimeout).toBeGreaterThan(SUBGRAPH_SOCKET_IDLE_MS);
      expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
    } finally {
      await app.close();
    }
  });
});

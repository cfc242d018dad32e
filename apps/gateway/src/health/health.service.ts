import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { INTERNAL_TOKEN_HEADER, issueInternalToken } from '@simpul/service-kit';
import type { GatewayConfig } from '../config/gateway-config';
import type { SubgraphEndpoint } from '../config/subgraph-endpoints';
import { GATEWAY_CONFIG } from '../app/gateway-config.token';

export interface SubgraphHealth {
  status: 'ok' | 'down';
  url: string;
  latencyMs: number;
  /** Why it is down, for the operator reading /health. */
  error?: string;
}

export interface GatewayHealth {
  status: 'ok' | 'degraded';
  gateway: 'ok';
  subgraphs: Record<string, SubgraphHealth>;
}

@Injectable()
export class HealthService {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  async check(): Promise<GatewayHealth> {
    const results = await Promise.all(
      this.config.subgraphs.map(async (subgraph) => [subgraph.name, await this.checkSubgraph(subgraph)] as const),
    );
    const subgraphs = Object.fromEntries(results);
    return {
      status: results.every(([, health]) => health.status === 'ok') ? 'ok' : 'degraded',
      gateway: 'ok',
      subgraphs,
    };
  }

  private async checkSubgraph(subgraph: SubgraphEndpoint): Promise<SubgraphHealth> {
    const started = performance.now();
    const latency = (): number => Math.round(performance.now() - started);
    try {
      // The token is harmless here and lets a subgraph guard /health like /graphql if it wants to.
      const requestId = randomUUID();
      const response = await fetch(subgraph.healthUrl, {
        headers: { [INTERNAL_TOKEN_HEADER]: issueInternalToken(null, this.config.internalSecret, requestId), 'x-request-id': requestId },
        signal: AbortSignal.timeout(this.config.healthTimeoutMs),
      });
      await response.arrayBuffer();
      if (!response.ok) return { status: 'down', url: subgraph.url, latencyMs: latency(), error: `HTTP ${response.status}` };
      return { status: 'ok', url: subgraph.url, latencyMs: latency() };
    } catch (error) {
      const reason =
        error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${this.config.healthTimeoutMs} ms` : 'unreachable';
      return { status: 'down', url: subgraph.url, latencyMs: latency(), error: reason };
    }
  }
}

import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HealthService, type GatewayHealth } from './health.service';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** 200 when every subgraph answers, 503 otherwise, so load balancers and `npm start` can wait on it. */
  @Get()
  async check(@Res({ passthrough: true }) res: Response): Promise<GatewayHealth> {
    const health = await this.health.check();
    res.status(health.status === 'ok' ? 200 : 503);
    return health;
  }
}

import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Access } from '../auth/access';

/** The service's short name in `/health` answers (registry, evaluation, kipp, mpp, skm). */
export const HEALTH_SERVICE_NAME = Symbol('HEALTH_SERVICE_NAME');

/** Open to anyone without the gateway token (launchers and probes call it directly). */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(HEALTH_SERVICE_NAME) private readonly service: string,
  ) {}

  @Access('public')
  @Get()
  async health(@Res() response: Response): Promise<void> {
    try {
      await this.dataSource.query('SELECT 1');
      response.status(HttpStatus.OK).json({ status: 'ok', service: this.service, database: 'ok' });
    } catch {
      response.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'error', service: this.service, database: 'unreachable' });
    }
  }
}

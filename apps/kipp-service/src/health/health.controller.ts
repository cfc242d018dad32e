import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Access } from '@simpul/service-kit';

/** Open to anyone without the gateway token (launchers and probes call it directly). */
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Access('public')
  @Get()
  async health(@Res() response: Response): Promise<void> {
    try {
      await this.dataSource.query('SELECT 1');
      response.status(HttpStatus.OK).json({ status: 'ok', service: 'kipp', database: 'ok' });
    } catch {
      response.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'error', service: 'kipp', database: 'unreachable' });
    }
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SystemStatus } from './system-status.model';

@Injectable()
export class SystemStatusService {
  constructor(private readonly dataSource: DataSource) {}

  async status(): Promise<SystemStatus> {
    const [row] = await this.dataSource.query<SystemStatus[]>(
      `SELECT demo_data AS "demoData", demo_data_loaded_at AS "demoDataLoadedAt" FROM registry.system_status`,
    );
    return row ?? { demoData: false, demoDataLoadedAt: null };
  }
}

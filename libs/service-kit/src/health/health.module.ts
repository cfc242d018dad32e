import { Module, type DynamicModule } from '@nestjs/common';
import { HEALTH_SERVICE_NAME, HealthController } from './health.controller';

/** `GET /health` for one service: every service's app module imports `HealthModule.forService('<name>')`. */
@Module({})
export class HealthModule {
  static forService(service: string): DynamicModule {
    return { module: HealthModule, controllers: [HealthController], providers: [{ provide: HEALTH_SERVICE_NAME, useValue: service }] };
  }
}

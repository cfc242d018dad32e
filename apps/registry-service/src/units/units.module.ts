import { Module } from '@nestjs/common';
import { ServiceUnitResolver } from './service-unit.resolver';
import { ServiceUnitService } from './service-unit.service';

/** Service units and their external ids; the `ServiceUnit` entity. */
@Module({
  providers: [ServiceUnitService, ServiceUnitResolver],
})
export class UnitsModule {}

import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { ServiceUnitResolver } from './service-unit.resolver';

/** What KIPP adds to other services' entities: `ServiceUnit.innovations`. */
@Module({
  imports: [CatalogueModule],
  providers: [ServiceUnitResolver],
})
export class KippFederationModule {}

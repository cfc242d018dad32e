import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { CompetitionsModule } from '../competitions/competitions.module';
import { KippExportResolver } from './kipp-export.resolver';
import { KippExportService } from './kipp-export.service';

/** Downloads: a competition's proposals with their scores (admins, TPI), the public innovation catalogue. */
@Module({
  imports: [AccessModule, CompetitionsModule, CatalogueModule],
  providers: [KippExportService, KippExportResolver],
})
export class ExportsModule {}

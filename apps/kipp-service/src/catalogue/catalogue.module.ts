import { Module } from '@nestjs/common';
import { CatalogueResolver } from './catalogue.resolver';
import { CatalogueService } from './catalogue.service';
import { AccessModule } from '../access/access.module';

/** The public innovation catalogue (search, winners, yearly status checks). Its search cache comes from KippOptionsModule. */
@Module({
  imports: [AccessModule],
  providers: [CatalogueService, CatalogueResolver],
  exports: [CatalogueService],
})
export class CatalogueModule {}

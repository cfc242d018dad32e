import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { AwardTierResolver, InnovationEntryTierResolver, InnovationTierResolver } from './award-tier.resolver';
import { AwardTierService } from './award-tier.service';

/** The winners' tier each year actually used (Top 9 … Top 45) and hand-entered published awards. */
@Module({
  imports: [CatalogueModule],
  providers: [AwardTierService, AwardTierResolver, InnovationTierResolver, InnovationEntryTierResolver],
})
export class AwardTiersModule {}

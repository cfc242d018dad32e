import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module';
import { AgreementResolver } from './agreement.resolver';
import { AgreementService } from './agreement.service';

/** Tenancy agreements (PKS) and their addenda. */
@Module({
  imports: [FilesModule],
  providers: [AgreementService, AgreementResolver],
  exports: [AgreementService],
})
export class AgreementsModule {}

import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { MallDocumentFileResolver, MppDocumentFileResolver, MppFileResolver } from './mpp-file.resolver';
import { MppFileService } from './mpp-file.service';

/** Uploaded documents (mall decrees, agreements) and who may read them. */
@Module({
  imports: [AccessModule],
  providers: [MppFileService, MppFileResolver, MppDocumentFileResolver, MallDocumentFileResolver],
  exports: [MppFileService],
})
export class FilesModule {}

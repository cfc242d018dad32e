import { Module } from '@nestjs/common';
import { ProposalsModule } from '../proposals/proposals.module';
import { AttachmentResolver } from './attachment.resolver';
import { AttachmentService } from './attachment.service';

/** A proposal's attachments (upload, download). Storage and size limit come from KippOptionsModule. */
@Module({
  imports: [ProposalsModule],
  providers: [AttachmentService, AttachmentResolver],
})
export class AttachmentsModule {}

import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, type SubgraphContext } from '@simpul/service-kit';
import { ProposalAttachment } from '../proposals/proposal.model';
import { ProposalService } from '../proposals/proposal.service';
import { AttachmentDownload, UploadAttachmentInput } from './attachment.model';
import { AttachmentService } from './attachment.service';

/** Uploading, downloading and removing a proposal's attachments. */
@Resolver()
export class AttachmentResolver {
  constructor(
    private readonly attachmentService: AttachmentService,
    private readonly proposals: ProposalService,
  ) {}

  @Access('signed-in')
  @Mutation(() => ProposalAttachment, {
    description: 'Mengunggah lampiran draf (PDF, PNG atau JPEG; ukuran, jenis, isi dan SHA-256 diperiksa); desk unitnya atau admin lokal',
  })
  uploadProposalAttachment(@Context() context: SubgraphContext, @Args('input') input: UploadAttachmentInput) {
    return this.attachmentService.upload(context, input);
  }

  @Access('signed-in')
  @Query(() => AttachmentDownload, { description: 'Mengunduh lampiran (base64) bagi yang boleh melihat proposalnya' })
  kippAttachmentFile(@Context() context: SubgraphContext, @Args('id', { type: () => ID }) id: string) {
    return this.attachmentService.download(context, id);
  }

  @Access('signed-in')
  @Mutation(() => Boolean)
  removeProposalAttachment(@Context() context: SubgraphContext, @Args('id', { type: () => ID }) id: string) {
    return this.proposals.removeAttachment(context, id);
  }
}

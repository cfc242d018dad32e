import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, type SubgraphContext } from '@simpul/service-kit';
import { MppDocument } from './mpp-document';
import { MallDocument } from '../malls/mall.model';
import { MppFile, MppFileDownload } from './mpp-file.model';
import { MppFileService } from './mpp-file.service';

@Resolver(() => MppFileDownload)
export class MppFileResolver {
  constructor(private readonly files: MppFileService) {}

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR', 'UNIT_DESK')
  @Query(() => MppFileDownload, {
    description: 'Mengunduh berkas (base64): operator MPP itu, admin nasional, atau desk instansi tenant untuk PKS-nya',
  })
  mppFile(@Context() context: SubgraphContext, @Args('id', { type: () => ID }) id: string): Promise<MppFileDownload> {
    return this.files.download(context, id);
  }
}

/** `file` on agreement documents; the document itself is only shown to those who may read the tenancy. */
@Resolver(() => MppDocument)
export class MppDocumentFileResolver {
  constructor(private readonly files: MppFileService) {}

  @ResolveField(() => MppFile, { nullable: true, description: 'Berkas yang diunggah, bila ada' })
  file(@Parent() document: MppDocument, @Context() context: SubgraphContext): Promise<MppFile | null> | null {
    return document.fileId ? this.files.loader(context).load(document.fileId) : null;
  }
}

/** `file` on establishment documents (shown to the mall's operator and national admins only). */
@Resolver(() => MallDocument)
export class MallDocumentFileResolver {
  constructor(private readonly files: MppFileService) {}

  @ResolveField(() => MppFile, { nullable: true, description: 'Berkas yang diunggah, bila ada' })
  file(@Parent() document: MallDocument, @Context() context: SubgraphContext): Promise<MppFile | null> | null {
    return document.fileId ? this.files.loader(context).load(document.fileId) : null;
  }
}

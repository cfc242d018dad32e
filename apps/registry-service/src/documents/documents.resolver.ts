import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Identity } from '@simpul/contracts';
import { Access, SignedInCaller } from '@simpul/service-kit';
import { DocumentsService } from './documents.service';
import { DocumentVerification, IssueDocumentInput, IssuedDocument } from './issued-document.model';

/** Report cards printed from the portal: registered when printed, verified by anyone from the QR's code. */
@Resolver(() => IssuedDocument)
export class DocumentsResolver {
  constructor(private readonly documents: DocumentsService) {}

  @Access('signed-in')
  @Mutation(() => IssuedDocument, {
    description:
      'Mencatat dokumen yang dicetak halaman ini (angka kunci seperti tercetak) dan memberi kode verifikasinya; angka yang sama dari orang yang sama memberi kode yang sama',
  })
  issueDocument(@SignedInCaller() caller: Identity, @Args('input') input: IssueDocumentInput): Promise<IssuedDocument> {
    return this.documents.issue(caller, input);
  }

  @Access('public')
  @Query(() => DocumentVerification, {
    nullable: true,
    description:
      'Publik: apa yang dicatat Simpul untuk kode dokumen (jenis, judul, waktu terbit, penerbit, angka kunci); null bila kode tidak dikenal',
  })
  documentVerification(@Args('code') code: string): Promise<DocumentVerification | null> {
    return this.documents.verify(code);
  }
}

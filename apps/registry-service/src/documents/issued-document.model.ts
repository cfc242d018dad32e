import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { Role } from '@simpul/contracts';
import { RoleEnum } from '../identity/role.enum';
import { DocumentKindEnum, type DocumentKind } from './document-kind.enum';

@InputType({ description: 'Satu angka kunci persis seperti tercetak / one key figure exactly as printed' })
export class DocumentFigureInput {
  @Field({ description: 'Label angka, mis. "IKM"' }) label!: string;
  @Field({ description: 'Nilai seperti tercetak, mis. "82,45 (B, Baik)"' }) value!: string;
}

@InputType({ description: 'Dokumen yang akan dicetak / the document a page is about to print' })
export class IssueDocumentInput {
  @Field(() => DocumentKindEnum) kind!: DocumentKind;
  @Field(() => ID, { description: 'Id hal yang diterangkan dokumen (lokus, survei, mal, instansi)' }) subjectId!: string;
  @Field({ description: 'Judul dokumen seperti tercetak' }) title!: string;
  @Field(() => [DocumentFigureInput], { description: '1–30 angka kunci seperti tercetak' }) figures!: DocumentFigureInput[];
  @Field(() => String, {
    nullable: true,
    description: 'Alamat portal halaman sumber (dimulai "/"), untuk pembaca yang ingin melihat data terkini',
  })
  sourcePath?: string | null;
}

@ObjectType({ description: 'Satu angka kunci dokumen / one key figure of a document' })
export class DocumentFigure {
  @Field() label!: string;
  @Field() value!: string;
}

@ObjectType({ description: 'Penerbit dokumen seperti saat dicetak (tanpa surel) / the issuer as at issue, no e-mail' })
export class DocumentIssuer {
  @Field() name!: string;
  @Field(() => RoleEnum) role!: Role;
}

@ObjectType({ description: 'Dokumen yang tercatat saat dicetak / a document recorded when it was printed' })
export class IssuedDocument {
  @Field({ description: 'Kode verifikasi (12 karakter) yang dicetak dan dipindai lewat QR' }) code!: string;
  @Field(() => DocumentKindEnum) kind!: DocumentKind;
  @Field(() => ID) subjectId!: string;
  @Field() title!: string;
  @Field(() => Date) issuedAt!: Date;
}

@ObjectType({ description: 'Apa yang dicatat Simpul untuk sebuah kode dokumen (publik) / what Simpul recorded for a document code' })
export class DocumentVerification {
  @Field() code!: string;
  @Field(() => DocumentKindEnum) kind!: DocumentKind;
  @Field(() => ID) subjectId!: string;
  @Field() title!: string;
  @Field(() => Date) issuedAt!: Date;
  @Field(() => DocumentIssuer) issuer!: DocumentIssuer;
  @Field(() => [DocumentFigure], { description: 'Angka kunci seperti tercetak, untuk dibandingkan dengan kertasnya' })
  figures!: DocumentFigure[];
  @Field(() => String, { nullable: true }) sourcePath!: string | null;
  @Field({ description: 'Kode ini tercatat dan tidak dicabut' }) valid!: boolean;
}

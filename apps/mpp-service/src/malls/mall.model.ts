import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { Weekday } from '../common/weekday.enum';
import { MallDocumentKind, MallStatus } from './mall-status.enum';

/** A Mal Pelayanan Publik. Other subgraphs (SKM, reports) may reference it by id. */
@ObjectType({ description: 'Mal Pelayanan Publik (MPP); satu kabupaten/kota boleh memiliki beberapa lokasi' })
@Directive('@key(fields: "id")')
export class Mall {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'Kode kabupaten/kota (Kemendagri), mis. 63.71' }) regencyCode!: string;
  @Field({ description: 'Kode provinsi, mis. 63' }) provinceCode!: string;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => MallStatus) status!: MallStatus;
  @Field(() => String, { nullable: true, description: 'Tanggal usulan (YYYY-MM-DD)' }) proposedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Tanggal peresmian (YYYY-MM-DD)' }) openedOn!: string | null;
  managingUnitId!: string | null;
}

@ObjectType({ description: 'Jam layanan pada satu hari; hari yang tidak tercantum berarti tutup' })
export class OpeningHours {
  @Field(() => Weekday) weekday!: Weekday;
  @Field({ description: 'Jam buka (HH:MM)' }) opensAt!: string;
  @Field({ description: 'Jam tutup (HH:MM)' }) closesAt!: string;
}

@ObjectType({ description: 'Dokumen pembentukan MPP' })
export class MallDocument {
  @Field(() => ID) id!: string;
  @Field(() => MallDocumentKind) kind!: MallDocumentKind;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) number!: string | null;
  @Field(() => String, { nullable: true }) issuedOn!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
  mallId!: string;
  /** The uploaded file, resolved as `file`. */
  fileId!: string | null;
}

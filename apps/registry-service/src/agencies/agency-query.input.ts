import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Paginated, SortDirection } from '@simpul/service-kit';
import { Agency } from './agency.entity';
import { AgencySortField, AgencyType } from './agency-type.enum';

@InputType()
export class AgencyFilter {
  @Field({ nullable: true, description: 'Kode wilayah; kode provinsi juga mencakup kabupaten/kotanya' })
  regionCode?: string;
  @Field(() => AgencyType, { nullable: true }) type?: AgencyType;
  @Field(() => ID, { nullable: true }) parentId?: string;
  @Field({ nullable: true }) search?: string;
  @Field({ nullable: true, description: 'Termasuk instansi yang diarsipkan (hanya admin nasional)' }) includeArchived?: boolean;
}

@InputType({ description: 'Data instansi yang dibuat atau diubah (admin nasional)' })
export class AgencyInput {
  @Field() name!: string;
  @Field(() => AgencyType) type!: AgencyType;
  @Field({ description: 'Kode wilayah (provinsi atau kabupaten/kota), mis. 63 atau 63.71' }) regionCode!: string;
  @Field(() => ID, { nullable: true, description: 'Instansi induk' }) parentId?: string | null;
}

@InputType()
export class AgencySort {
  @Field(() => AgencySortField, { defaultValue: AgencySortField.NAME }) field!: AgencySortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}

@ObjectType()
export class AgencyConnection extends Paginated(Agency, 'Agency') {}

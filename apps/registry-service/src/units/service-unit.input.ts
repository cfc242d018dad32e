import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Paginated, SortDirection } from '@simpul/service-kit';
import { ExternalIdsInput } from './external-ids';
import { ServiceGroup, ServiceUnitKind, ServiceUnitSortField } from './service-unit-kind.enum';
import { ServiceUnit } from './service-unit.entity';

@InputType()
export class CreateServiceUnitInput {
  @Field() name!: string;
  @Field(() => ServiceUnitKind) kind!: ServiceUnitKind;
  @Field(() => ServiceGroup) serviceGroup!: ServiceGroup;
  @Field(() => ID) agencyId!: string;
  @Field({ description: 'Kode wilayah (provinsi atau kabupaten/kota), mis. 63.71' }) regionCode!: string;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => ExternalIdsInput, { nullable: true }) externalIds?: ExternalIdsInput | null;
}

@InputType()
export class UpdateServiceUnitInput {
  @Field({ nullable: true }) name?: string;
  @Field(() => ServiceUnitKind, { nullable: true }) kind?: ServiceUnitKind;
  @Field(() => ServiceGroup, { nullable: true }) serviceGroup?: ServiceGroup;
  @Field(() => ID, { nullable: true }) agencyId?: string;
  @Field({ nullable: true }) regionCode?: string;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => ExternalIdsInput, { nullable: true }) externalIds?: ExternalIdsInput | null;
}

@InputType()
export class ServiceUnitFilter {
  @Field({ nullable: true, description: 'Kode wilayah; kode provinsi juga mencakup kabupaten/kotanya' }) regionCode?: string;
  @Field(() => ServiceUnitKind, { nullable: true }) kind?: ServiceUnitKind;
  @Field(() => ServiceGroup, { nullable: true }) serviceGroup?: ServiceGroup;
  @Field(() => ID, { nullable: true }) agencyId?: string;
  @Field({ nullable: true, description: 'Pencarian nama (tanpa membedakan huruf besar/kecil)' }) search?: string;
  @Field({ nullable: true, description: 'Termasuk unit yang diarsipkan (admin nasional dan desk unit itu sendiri)' })
  includeArchived?: boolean;
}

@InputType()
export class ServiceUnitSort {
  @Field(() => ServiceUnitSortField, { defaultValue: ServiceUnitSortField.NAME }) field!: ServiceUnitSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}

@ObjectType()
export class ServiceUnitConnection extends Paginated(ServiceUnit, 'ServiceUnit') {}

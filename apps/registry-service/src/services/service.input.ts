import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated, SortDirection } from '@simpul/service-kit';
import { Service } from './service.entity';
import { StandardComponentInput } from './standard/standard.types';

export enum ServiceSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ServiceSortField, { name: 'ServiceSortField' });

@InputType()
export class CreateServiceInput {
  @Field(() => ID) serviceUnitId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [StandardComponentInput], { nullable: true }) standard?: StandardComponentInput[] | null;
}

@InputType()
export class UpdateServiceInput {
  @Field({ nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [StandardComponentInput], { nullable: true, description: 'Hanya komponen yang disebut yang berubah' }) standard?:
    StandardComponentInput[] | null;
}

@InputType()
export class ServiceFilter {
  @Field(() => ID, { nullable: true }) serviceUnitId?: string;
  @Field(() => ID, { nullable: true }) agencyId?: string;
  @Field({ nullable: true }) search?: string;
  @Field({ nullable: true, description: 'Hanya layanan yang Standar Pelayanannya belum lengkap' }) incomplete?: boolean;
  @Field({ nullable: true }) includeArchived?: boolean;
}

@InputType()
export class ServiceSort {
  @Field(() => ServiceSortField, { defaultValue: ServiceSortField.NAME }) field!: ServiceSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}

@ObjectType()
export class ServiceConnection extends Paginated(Service, 'Service') {}

import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class AddTenancyServicesInput {
  @Field(() => ID) tenancyId!: string;
  @Field(() => [ID], { description: 'Layanan dari registri milik instansi tenant' }) serviceIds!: string[];
  @Field(() => Int, { nullable: true, description: 'Kuota harian awal untuk setiap layanan yang ditambahkan' }) dailyQuota?: number | null;
}

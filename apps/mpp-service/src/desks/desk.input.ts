import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Weekday } from '../common/weekday.enum';

@InputType()
export class CreateDeskInput {
  @Field(() => ID) mallId!: string;
  @Field(() => Int) number!: number;
  @Field(() => String, { nullable: true }) label?: string | null;
}

@InputType()
export class AssignDeskInput {
  @Field(() => ID) deskId!: string;
  @Field(() => ID) tenancyId!: string;
  @Field(() => [Weekday], { description: 'Hari-hari tenant memakai gerai; satu gerai hanya untuk satu tenant per hari' })
  weekdays!: Weekday[];
  @Field(() => Int, { description: 'Jumlah petugas' }) staffCount!: number;
}

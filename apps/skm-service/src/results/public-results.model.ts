import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { SkmFollowUpConnection } from '../follow-ups/follow-up.model';
import { SkmCategory, SkmElementResult, SkmLatestIkm } from './result.model';

@ObjectType({ description: 'IKM satu periode untuk halaman publik (angka agregat saja, tanpa jawaban perorangan)' })
export class SkmPublicPeriod {
  @Field(() => ID) surveyId!: string;
  @Field() periodLabel!: string;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field(() => Float) value!: number;
  @Field(() => SkmCategory) category!: SkmCategory;
  @Field(() => Int) respondents!: number;
  @Field(() => [SkmElementResult]) elements!: SkmElementResult[];
}

@ObjectType()
export class SkmPublicPeriodConnection extends Paginated(SkmPublicPeriod, 'SkmPublicPeriod') {}

@ObjectType({ description: 'Halaman hasil SKM publik satu unit: IKM terakhir, tren, tindak lanjut ("Anda berkata, kami melakukan")' })
export class SkmPublicResults {
  @Field(() => ID) serviceUnitId!: string;
  @Field(() => SkmLatestIkm, { nullable: true }) latest!: SkmLatestIkm | null;
  @Field(() => SkmPublicPeriodConnection, { description: 'Tren IKM per periode, terlama dahulu' }) trend!: SkmPublicPeriodConnection;
  @Field(() => SkmFollowUpConnection) followUps!: SkmFollowUpConnection;
}

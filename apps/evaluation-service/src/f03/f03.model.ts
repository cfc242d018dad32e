import { Paginated } from '@simpul/service-kit';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Tautan survei F-03 sekali pakai; url adalah isi kode QR yang dicetak' })
export class SurveyLink {
  @Field() token!: string;
  @Field({ description: 'URL publik formulir; remote web merender kode QR dari URL ini' }) url!: string;
  @Field(() => ID) lokusId!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) usedAt!: Date | null;
}

@ObjectType()
export class SurveyStatus {
  @Field(() => Int) respondents!: number;
  @Field(() => Int) minRespondents!: number;
  @Field(() => Int) maxRespondents!: number;
  @Field(() => Int) linksIssued!: number;
  @Field(() => Int) linksUsed!: number;
  @Field({ description: 'Responden sudah mencapai minimum (F-03 ikut dihitung)' }) enough!: boolean;
}

@ObjectType()
export class SurveyItemInfo {
  @Field() code!: string;
  @Field() text!: string;
}

@ObjectType({ description: 'Formulir F-03 anonim untuk satu tautan; tanpa data pribadi' })
export class PublicSurvey {
  @Field() unitName!: string;
  @Field(() => Int) year!: number;
  @Field() title!: string;
  @Field(() => Int) scaleMin!: number;
  @Field(() => Int) scaleMax!: number;
  @Field(() => [SurveyItemInfo]) items!: SurveyItemInfo[];
  @Field({ description: 'Survei sedang dibuka dan kuota belum penuh' }) open!: boolean;
  @Field({ description: 'Tautan ini sudah dipakai' }) used!: boolean;
}

@ObjectType()
export class SurveyLinkConnection extends Paginated(SurveyLink, 'SurveyLink') {}

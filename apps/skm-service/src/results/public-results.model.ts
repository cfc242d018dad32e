import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { SkmFollowUpConnection } from '../follow-ups/follow-up.model';
import { Desk } from '../federation/desk.model';
import { SkmPeriodKind } from '../surveys/survey-period';
import { SkmHeadlineGap } from './ikm-headline';
import { SkmCategory, SkmElementResult, SkmLatestIkm } from './result.model';

@ObjectType({ description: 'IKM satu periode untuk halaman publik (angka agregat saja, tanpa jawaban perorangan)' })
export class SkmPublicPeriod {
  @Field(() => ID) surveyId!: string;
  @Field({ description: 'Label periode dalam bahasa Indonesia; web merender periodKind/year/number' }) periodLabel!: string;
  @Field(() => SkmPeriodKind) periodKind!: SkmPeriodKind;
  @Field(() => Int) year!: number;
  @Field(() => Int) number!: number;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field(() => Float) value!: number;
  @Field(() => SkmCategory) category!: SkmCategory;
  @Field(() => Int) respondents!: number;
  @Field(() => [SkmElementResult]) elements!: SkmElementResult[];
}

@ObjectType()
export class SkmPublicPeriodConnection extends Paginated(SkmPublicPeriod, 'SkmPublicPeriod') {}

@ObjectType({
  description: 'Halaman hasil SKM publik satu unit atau satu gerai MPP: IKM utama, tren, tindak lanjut ("Anda berkata, kami melakukan")',
})
export class SkmPublicResults {
  @Field(() => ID, { nullable: true, description: 'Unit (halaman unit); null untuk halaman gerai' }) serviceUnitId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Gerai MPP (halaman gerai); null untuk halaman unit' }) deskId!: string | null;
  @Field(() => Desk, { nullable: true, description: 'Gerai MPP (nomor, MPP lewat gateway)' }) desk!: Desk | null;
  @Field(() => SkmLatestIkm, {
    nullable: true,
    description: 'IKM utama: periode selesai terbaru dengan jawaban yang sudah ditinjau dan sampel cukup',
  })
  latest!: SkmLatestIkm | null;
  @Field(() => SkmHeadlineGap, { nullable: true, description: 'Mengapa belum ada IKM utama; null bila ada' })
  latestGap!: SkmHeadlineGap | null;
  @Field(() => SkmPeriodKind, {
    nullable: true,
    description: 'Jenis periode tren (jenis periode IKM utama); tren tidak mencampur triwulan dan semester',
  })
  trendPeriodKind!: SkmPeriodKind | null;
  @Field(() => SkmPublicPeriodConnection, { description: 'Tren IKM per periode dari satu jenis periode, terlama dahulu' })
  trend!: SkmPublicPeriodConnection;
  @Field(() => [Desk], { description: 'Gerai MPP tempat unit ini disurvei (halaman publik masing-masing); kosong untuk halaman gerai' })
  desks!: Desk[];
  @Field(() => SkmFollowUpConnection) followUps!: SkmFollowUpConnection;
}

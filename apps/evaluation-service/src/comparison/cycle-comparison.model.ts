import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EvaluationCycle } from '../cycles/cycle.model';

export enum AspectDifferenceKind {
  ONLY_FIRST = 'ONLY_FIRST',
  ONLY_SECOND = 'ONLY_SECOND',
  NAME = 'NAME',
  WEIGHT = 'WEIGHT',
  INDICATORS_ADDED = 'INDICATORS_ADDED',
  INDICATORS_REMOVED = 'INDICATORS_REMOVED',
  INDICATOR_WEIGHTS = 'INDICATOR_WEIGHTS',
  LADDERS = 'LADDERS',
  PROVISIONAL = 'PROVISIONAL',
}
registerEnumType(AspectDifferenceKind, {
  name: 'AspectDifferenceKind',
  description:
    'Cara skor aspek tidak dibangun sama di dua instrumen: aspek hanya di satu sisi, nama, bobot, indikator ditambah/dihapus/dibobot ulang, tangga level, atau bagian sementara',
});

@ObjectType({ description: 'Satu perbedaan aspek antara instrumen dua siklus' })
export class AspectDifferenceNote {
  @Field(() => AspectDifferenceKind) kind!: AspectDifferenceKind;
  @Field(() => Int, { nullable: true, description: 'PROVISIONAL: siklus yang instrumennya sementara di bagian ini (1 atau 2)' })
  cycle!: number | null;
  @Field(() => [String], { description: 'Kode indikator yang dimaksud (INDICATORS_*, LADDERS)' }) indicatorCodes!: string[];
}

@ObjectType({ description: 'Aspek dalam instrumen satu siklus, dengan skornya bila ada nilai di baliknya' })
export class ComparedAspectSide {
  @Field() name!: string;
  @Field(() => Float, { description: 'Bobot aspek, persen' }) weight!: number;
  @Field(() => Int) indicators!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Skor aspek unit (bila serviceUnitId) atau rata-rata hasil siklus; null bila siklus hanya memuat angka yang dipublikasikan',
  })
  score!: number | null;
}

@ObjectType({ description: 'Satu aspek berdampingan: siklus pertama, siklus kedua, dan catatan di mana instrumennya berbeda' })
export class ComparedAspect {
  @Field() code!: string;
  @Field(() => ComparedAspectSide, { nullable: true }) first!: ComparedAspectSide | null;
  @Field(() => ComparedAspectSide, { nullable: true }) second!: ComparedAspectSide | null;
  @Field(() => [AspectDifferenceNote], { description: 'Kosong bila aspek dinilai dengan cara yang sama di kedua instrumen' })
  differences!: AspectDifferenceNote[];
}

@ObjectType({ description: 'Satu sisi perbandingan: siklus, instrumennya, dan angkanya' })
export class ComparedCycle {
  @Field(() => EvaluationCycle) cycle!: EvaluationCycle;
  @Field(() => String, { nullable: true, description: 'Instrumen yang dibandingkan; null bila siklus tidak mencatat instrumen' })
  instrumentId!: string | null;
  @Field(() => Float, { nullable: true, description: 'IPP unit (bila serviceUnitId) atau rata-rata IPP hasil siklus' }) ipp!: number | null;
  @Field(() => Int, { description: 'Hasil dengan nilai di baliknya' }) scoredResults!: number;
  @Field(() => Int, { description: 'Hasil yang hanya berupa angka yang dipublikasikan' }) publishedFigures!: number;
}

@ObjectType({ description: 'Dua siklus berdampingan, aspek demi aspek, dengan catatan di mana instrumennya berbeda' })
export class CycleComparison {
  @Field(() => ComparedCycle) first!: ComparedCycle;
  @Field(() => ComparedCycle) second!: ComparedCycle;
  @Field(() => [ComparedAspect], { description: 'Aspek instrumen pertama berurutan, lalu yang hanya ada di instrumen kedua' })
  aspects!: ComparedAspect[];
  @Field({ description: 'Rumus gabungan F-02/F-03 berbeda' }) blendDiffers!: boolean;
  @Field(() => [String], { description: 'Butir F-03 yang hanya ditanyakan siklus kedua' }) surveyItemsAdded!: string[];
  @Field(() => [String], { description: 'Butir F-03 yang hanya ditanyakan siklus pertama' }) surveyItemsRemoved!: string[];
}

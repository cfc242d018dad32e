import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IppText } from '../common/localized.model';
import { Lokus } from '../lokus/lokus.model';
import { IppCategoryInfo, IppResult, LokusResult } from '../results/results.model';

export enum GapSource {
  SCORES = 'SCORES',
  CLAIMS = 'CLAIMS',
}
registerEnumType(GapSource, { name: 'GapSource', description: 'Dasar analisis: nilai F-02 evaluator, atau klaim F-01 unit' });

// The file and its formats are every module's (service-kit), so each subgraph serves the same @shareable type.
export { ExportFile, ExportFormat } from '@simpul/service-kit';

@ObjectType()
export class GapStep {
  @Field() indicatorCode!: string;
  @Field() indicatorText!: string;
  @Field(() => Int) from!: number;
  @Field(() => Int) to!: number;
  @Field(() => Float, { description: 'Tambahan IPP (belum dibulatkan)' }) gain!: number;
  @Field(() => String, { nullable: true, description: 'Deskriptor level tujuan' }) targetDescriptor!: string | null;
}

@ObjectType({ description: 'Satu indikator dan level berikutnya: apa yang dibutuhkan dan berapa IPP bertambah' })
export class GapIndicator {
  @Field() indicatorCode!: string;
  @Field() indicatorText!: string;
  @Field(() => Int, { nullable: true, description: 'Level sekarang; null bila belum bernilai (dihitung 0)' }) level!: number | null;
  @Field(() => Int, { nullable: true, description: 'Level berikutnya; null bila sudah tertinggi' }) nextLevel!: number | null;
  @Field(() => Float, { description: 'Tambahan IPP bila naik satu level (belum dibulatkan; 0 di level tertinggi)' }) gain!: number;
  @Field(() => String, { nullable: true, description: 'Deskriptor level berikutnya' }) nextDescriptor!: string | null;
}

@ObjectType({ description: 'Langkah paling sedikit untuk naik ke kategori berikutnya (pathToNextCategory)' })
export class GapAnalysis {
  @Field(() => ID) lokusId!: string;
  @Field(() => Int) year!: number;
  @Field(() => GapSource) source!: GapSource;
  @Field(() => [String], { description: 'Indikator tanpa nilai, dihitung 0 dalam analisis ini' }) missingIndicators!: string[];
  @Field() reachable!: boolean;
  @Field(() => Float) fromIndex!: number;
  @Field(() => IppCategoryInfo) from!: IppCategoryInfo;
  @Field(() => IppCategoryInfo, { nullable: true }) target!: IppCategoryInfo | null;
  @Field(() => Float, { nullable: true }) targetIndex!: number | null;
  @Field(() => [GapStep]) steps!: GapStep[];
  @Field(() => [GapIndicator], {
    description: 'Setiap indikator, urut instrumen: level sekarang dan yang memisahkannya dari level berikutnya',
  })
  indicators!: GapIndicator[];
  @Field(() => Int) levelSteps!: number;
  @Field(() => Float, { nullable: true }) resultingIndex!: number | null;
  @Field(() => IppText) summary!: IppText;
}

@ObjectType()
export class AspectScore {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Float, { description: 'Bobot aspek, persen' }) weight!: number;
  @Field(() => Float, { description: 'Skor aspek 0–5, dua desimal' }) score!: number;
}

@ObjectType({ description: 'Rapor unit untuk dicetak: hasil, rincian aspek, riwayat, dan langkah berikutnya' })
export class ReportCard {
  @Field(() => Lokus) lokus!: Lokus;
  @Field(() => LokusResult, { description: 'Hasil terkini; explanation dimuat bila diminta' }) result!: Omit<LokusResult, 'explanation'>;
  @Field(() => [AspectScore]) aspects!: AspectScore[];
  @Field(() => [IppResult]) history!: IppResult[];
  @Field(() => GapAnalysis, { nullable: true }) gap!: GapAnalysis | null;
}

import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { SkmPeriodKind } from '../surveys/survey-period';

@ObjectType({ description: 'Teks dalam dua bahasa' })
export class SkmText {
  @Field() id!: string;
  @Field() en!: string;
}

@ObjectType({ description: 'Mutu dan kinerja unit pelayanan menurut nilai IKM (PermenPANRB 14/2017)' })
export class SkmCategory {
  @Field({ description: 'Mutu: A, B, C atau D' }) code!: string;
  @Field({ description: 'Kinerja, mis. "Baik"' }) label!: string;
  @Field() labelEn!: string;
}

@ObjectType({ description: 'Nilai rata-rata (NRR) satu unsur SKM beserta masukannya' })
export class SkmElementResult {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Float, { description: 'Bobot unsur (jumlah seluruh bobot = 1)' }) weight!: number;
  @Field(() => Int, { description: 'Jumlah nilai jawaban unsur ini' }) sum!: number;
  @Field(() => Int, { description: 'Jumlah kuesioner yang menjawab unsur ini' }) answered!: number;
  @Field(() => Float, { description: 'NRR = jumlah nilai / jumlah yang menjawab (tidak dibulatkan)' }) nrr!: number;
  @Field(() => Float, { description: 'NRR × 25, dibulatkan dua desimal' }) value!: number;
  @Field({ description: 'Mutu unsur ini pada skala IKM (A–D)' }) categoryCode!: string;
  @Field({ description: 'Unsur lemah (mutu C atau D): perlu rencana tindak lanjut' }) weak!: boolean;
}

@ObjectType({ description: 'Nilai IKM, rumus dan masukannya (hasil computeIkm @simpul/scoring)' })
export class SkmIkm {
  @Field(() => Float, { description: 'IKM pada skala 25–100, dibulatkan setengah ke atas dua desimal' }) value!: number;
  @Field(() => Float, { description: 'Nilai interval Σ(NRR × bobot) pada skala 1–4' }) interval!: number;
  @Field(() => SkmCategory) category!: SkmCategory;
  @Field(() => Int, { description: 'Jumlah kuesioner yang dihitung (tanpa yang dikeluarkan)' }) respondents!: number;
  @Field({ description: 'Nilai interval eksak (pecahan)' }) exactInterval!: string;
  @Field({ description: 'IKM eksak sebelum pembulatan (pecahan)' }) exactValue!: string;
  @Field({ description: 'Rumus yang dipakai' }) formula!: string;
  @Field(() => SkmText, { description: 'Penjelasan satu kalimat' }) explanation!: SkmText;
}

@ObjectType({ description: 'Kecukupan sampel menurut rumus Krejcie–Morgan' })
export class SkmSample {
  @Field(() => Int, { nullable: true, description: 'Jumlah pengguna layanan dalam periode (populasi); null bila belum diisi' })
  expectedUsers!: number | null;
  @Field(() => Int, { nullable: true, description: 'Sampel minimal; null bila populasi belum diisi' }) required!: number | null;
  @Field(() => Int) respondents!: number;
  @Field(() => Boolean, { nullable: true }) adequate!: boolean | null;
  @Field(() => Int, { nullable: true }) shortBy!: number | null;
  @Field(() => Float, { nullable: true, description: 'Kemajuan menuju sampel minimal, 0–100 (%)' }) percent!: number | null;
}

@ObjectType({ description: 'Jawaban yang dikeluarkan dari perhitungan setelah dikonfirmasi admin, per alasan' })
export class SkmExclusionReason {
  @Field({ description: 'Alasan (tanda integritas): BURST, STRAIGHT_LINING, OUTSIDE_HOURS, STAFF_ENTERED, MANUAL' }) reason!: string;
  @Field(() => Int) responses!: number;
}

@ObjectType()
export class SkmExclusions {
  @Field(() => Int, { description: 'Jumlah jawaban yang dikeluarkan' }) excluded!: number;
  @Field(() => [SkmExclusionReason]) reasons!: SkmExclusionReason[];
  @Field(() => Int, { description: 'Jawaban bertanda yang masih menunggu keputusan admin (tetap dihitung sampai dikeluarkan)' })
  pendingReview!: number;
}

@ObjectType({ description: 'IKM satu kelompok profil responden' })
export class SkmBreakdownRow {
  @Field({ description: 'Nilai kelompok, mis. AGE_20_29, FEMALE, atau ID layanan; "UNKNOWN" bila tidak diisi' }) bucket!: string;
  @Field(() => Int) respondents!: number;
  @Field(() => Float, { nullable: true }) ikm!: number | null;
  @Field(() => String, { nullable: true }) categoryCode!: string | null;
}

@ObjectType()
export class SkmBreakdownConnection extends Paginated(SkmBreakdownRow, 'SkmBreakdownRow') {}

@ObjectType({ description: 'Hasil SKM satu survei (unit, loket/desk atau tenant pada satu periode)' })
export class SkmResult {
  @Field(() => ID) surveyId!: string;
  @Field(() => ID, { nullable: true }) serviceUnitId!: string | null;
  @Field(() => ID, { nullable: true }) mallId!: string | null;
  @Field(() => ID, { nullable: true }) deskId!: string | null;
  @Field(() => SkmPeriodKind) periodKind!: SkmPeriodKind;
  @Field(() => Int) year!: number;
  @Field(() => Int) number!: number;
  @Field() periodLabel!: string;
  @Field(() => SkmIkm, { nullable: true, description: 'null bila belum ada kuesioner yang dihitung' }) ikm!: SkmIkm | null;
  @Field(() => [SkmElementResult]) elements!: SkmElementResult[];
  @Field(() => SkmSample) sample!: SkmSample;
  @Field(() => SkmExclusions) exclusions!: SkmExclusions;
}

@ObjectType()
export class SkmResultConnection extends Paginated(SkmResult, 'SkmResult') {}

@ObjectType({
  description:
    'IKM utama unit (halaman registri, beranda desk, bukti F-01 PEKPPP): periode SELESAI terbaru yang seluruh jawabannya sudah ditinjau dan sampelnya cukup (Krejcie–Morgan)',
})
export class SkmLatestIkm {
  @Field(() => ID) surveyId!: string;
  @Field(() => Float) value!: number;
  @Field(() => SkmCategory) category!: SkmCategory;
  @Field({ description: 'Label periode dalam bahasa Indonesia; web merender periodKind/year/number dalam bahasa pengguna' })
  periodLabel!: string;
  @Field(() => SkmPeriodKind) periodKind!: SkmPeriodKind;
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Nomor periode: triwulan 1–4, semester 1–2, tahun 1' }) number!: number;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field(() => Int) respondents!: number;
  @Field({ description: 'Sampel mencukupi (Krejcie–Morgan); false bila populasi belum diisi' }) sampleAdequate!: boolean;
}

import { Directive, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DataOrigin, Paginated } from '@simpul/service-kit';
import { IppText } from '../common/localized.model';
import { Agency } from '../federation/registry-refs';
import { ServiceUnit } from '../federation/service-unit.model';
import { OmbudsmanDimension, OmbudsmanMethod, OmbudsmanOpinion, OmbudsmanZone } from './ombudsman.enums';
import { Region } from './region-ref';

@ObjectType({ description: 'Nilai satu dimensi (Input, Proses, Output, Pengaduan) sebagaimana dipublikasikan' })
export class OmbudsmanDimensionScore {
  @Field(() => OmbudsmanDimension) dimension!: OmbudsmanDimension;
  @Field(() => Float) score!: number;
  @Field(() => Float, { nullable: true, description: 'Bobot (persen) tahun itu dari @simpul/scoring; kosong bila tidak dipublikasikan' })
  weight!: number | null;
}

@ObjectType({ description: 'Temuan per unit layanan sebagaimana dipublikasikan Ombudsman' })
export class OmbudsmanUnitFinding {
  @Field(() => ServiceUnit, { nullable: true, description: 'Unit di registri, bila dikenali' }) serviceUnit!: ServiceUnit | null;
  @Field() unitName!: string;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => OmbudsmanZone, { nullable: true }) zone!: OmbudsmanZone | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({ description: 'Hasil penilaian kepatuhan / opini Ombudsman RI satu instansi satu tahun: dicatat, tidak dihitung ulang' })
@Directive('@key(fields: "id")')
export class OmbudsmanResult {
  @Field(() => ID) id!: string;
  @Field(() => Agency) agency!: Agency;
  @Field({ description: 'Nama instansi saat hasil dicatat' }) agencyName!: string;
  @Field(() => String, { nullable: true, description: 'Kode wilayah instansi saat dicatat (provinsi atau kabupaten/kota)' })
  regionCode!: string | null;
  @Field(() => Int) year!: number;
  @Field(() => OmbudsmanMethod) methodVersion!: OmbudsmanMethod;
  @Field(() => Float, { nullable: true, description: 'Nilai 0–100 bila metode memilikinya' }) score!: number | null;
  @Field(() => OmbudsmanZone) zone!: OmbudsmanZone;
  @Field(() => IppText, { description: 'Nama zona, mis. "Zona Kuning (kepatuhan sedang)"' }) zoneLabel!: IppText;
  @Field(() => OmbudsmanOpinion, { nullable: true }) opinion!: OmbudsmanOpinion | null;
  @Field(() => IppText, { nullable: true, description: 'Nama opini, mis. "Kualitas Sedang"' }) opinionLabel!: IppText | null;
  @Field(() => [OmbudsmanDimensionScore]) dimensions!: OmbudsmanDimensionScore[];
  @Field(() => String, { nullable: true, description: 'Predikat risiko maladministrasi (2025) sebagaimana dipublikasikan' })
  maladministrationRisk!: string | null;
  @Field(() => [OmbudsmanUnitFinding]) unitFindings!: OmbudsmanUnitFinding[];
  @Field(() => DataOrigin, { description: 'OFFICIAL: angka resmi dengan sumbernya; DEMO: data contoh' }) origin!: DataOrigin;
  @Field(() => String, { nullable: true, description: 'Sumber angka resmi (laporan atau berita, dengan tanggal)' }) source!: string | null;
  @Field() recordedAt!: Date;
}

@ObjectType()
export class OmbudsmanResultConnection extends Paginated(OmbudsmanResult, 'OmbudsmanResult') {}

@InputType()
export class OmbudsmanResultFilter {
  @Field(() => String, { nullable: true, description: 'Kode provinsi (mencakup kabupaten/kotanya) atau kabupaten/kota' })
  regionCode?: string | null;
  @Field(() => ID, { nullable: true }) agencyId?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => OmbudsmanZone, { nullable: true }) zone?: OmbudsmanZone | null;
}

@ObjectType({ description: 'Perubahan dari hasil sebelumnya (tahun terdekat sebelum hasil terbaru)' })
export class OmbudsmanChange {
  @Field(() => Int) yearBefore!: number;
  @Field(() => Int) yearAfter!: number;
  @Field(() => Float, { nullable: true, description: 'Selisih nilai (sesudah − sebelum), bila keduanya bernilai' }) scoreDelta!:
    number | null;
  @Field(() => OmbudsmanZone) zoneBefore!: OmbudsmanZone;
  @Field(() => OmbudsmanZone) zoneAfter!: OmbudsmanZone;
  @Field(() => OmbudsmanOpinion, { nullable: true }) opinionBefore!: OmbudsmanOpinion | null;
  @Field(() => OmbudsmanOpinion, { nullable: true }) opinionAfter!: OmbudsmanOpinion | null;
  @Field({ description: 'Metode berubah: angka tidak sepenuhnya sebanding' }) methodChanged!: boolean;
  @Field(() => IppText, { description: 'Kalimat ringkas, mis. "Naik 4,12 poin; tetap zona kuning"' }) summary!: IppText;
}

@ObjectType({ description: 'Kepatuhan satu instansi: riwayat (terbaru dahulu), hasil terbaru, perubahan' })
export class OmbudsmanCompliance {
  @Field(() => Agency) agency!: Agency;
  @Field(() => [OmbudsmanResult]) history!: OmbudsmanResult[];
  @Field(() => OmbudsmanResult, { nullable: true }) latest!: OmbudsmanResult | null;
  @Field(() => OmbudsmanResult, { nullable: true, description: 'Hasil resmi (OFFICIAL) terbaru' }) latestOfficial!: OmbudsmanResult | null;
  @Field(() => OmbudsmanChange, { nullable: true }) changeSinceLastYear!: OmbudsmanChange | null;
}

@ObjectType()
export class OmbudsmanZoneCount {
  @Field(() => OmbudsmanZone) zone!: OmbudsmanZone;
  @Field(() => IppText) label!: IppText;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Pernyataan Ombudsman tentang satu provinsi secara keseluruhan, sebagaimana dipublikasikan' })
export class OmbudsmanPublishedStatement {
  @Field(() => IppText) text!: IppText;
  @Field() source!: string;
  @Field(() => DataOrigin) origin!: DataOrigin;
}

@ObjectType({ description: 'Ringkasan satu provinsi satu tahun: jumlah instansi per zona dan hasilnya' })
export class OmbudsmanProvinceSummary {
  @Field() regionCode!: string;
  @Field(() => Region) region!: Region;
  @Field(() => Int, { nullable: true, description: 'Tahun yang diringkas (bawaan: tahun terbaru yang ada)' }) year!: number | null;
  @Field(() => [Int], { description: 'Tahun yang memiliki hasil di provinsi ini, terbaru dahulu' }) years!: number[];
  @Field(() => Int) total!: number;
  @Field(() => [OmbudsmanZoneCount], { description: 'Selalu tiga baris: HIJAU, KUNING, MERAH' }) zoneCounts!: OmbudsmanZoneCount[];
  @Field(() => Int) officialCount!: number;
  @Field(() => Int) demoCount!: number;
  @Field(() => [OmbudsmanResult], { description: 'Satu hasil per instansi pada tahun itu, menurut nama' }) results!: OmbudsmanResult[];
  @Field(() => [OmbudsmanPublishedStatement], {
    description:
      'Yang dipublikasikan Ombudsman tentang provinsi itu secara keseluruhan (mis. "5 kab/kota di zona hijau"), di samping hitungan baris yang tercatat',
  })
  publishedStatements!: OmbudsmanPublishedStatement[];
}

@InputType()
export class OmbudsmanDimensionScoreInput {
  @Field(() => OmbudsmanDimension) dimension!: OmbudsmanDimension;
  @Field(() => Float) score!: number;
}

@InputType()
export class OmbudsmanUnitFindingInput {
  @Field(() => ID, { nullable: true }) serviceUnitId?: string | null;
  @Field() unitName!: string;
  @Field(() => Float, { nullable: true }) score?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'Hasil yang dipublikasikan Ombudsman, dicatat apa adanya' })
export class OmbudsmanResultInput {
  @Field(() => ID) agencyId!: string;
  @Field(() => Int) year!: number;
  @Field(() => OmbudsmanMethod) methodVersion!: OmbudsmanMethod;
  @Field(() => Float, { nullable: true }) score?: number | null;
  @Field(() => OmbudsmanOpinion, { nullable: true }) opinion?: OmbudsmanOpinion | null;
  @Field(() => [OmbudsmanDimensionScoreInput], { nullable: true }) dimensions?: OmbudsmanDimensionScoreInput[] | null;
  @Field(() => String, { nullable: true }) maladministrationRisk?: string | null;
  @Field(() => [OmbudsmanUnitFindingInput], { nullable: true }) unitFindings?: OmbudsmanUnitFindingInput[] | null;
  @Field(() => DataOrigin, { nullable: true, description: 'Bawaan OFFICIAL; OFFICIAL wajib bersumber' }) origin?: DataOrigin | null;
  @Field(() => String, { nullable: true }) source?: string | null;
}

@ObjectType()
export class OmbudsmanImportError {
  @Field({ description: 'Kolom yang salah' }) field!: string;
  @Field(() => IppText) message!: IppText;
}

@ObjectType({ description: 'Satu baris berkas impor' })
export class OmbudsmanImportRow {
  @Field(() => Int, { description: 'Nomor baris di berkas (baris 1 = judul kolom)' }) row!: number;
  @Field(() => String, { nullable: true }) agencyId!: string | null;
  @Field(() => String, { nullable: true, description: 'Nama instansi menurut registri' }) agencyName!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => OmbudsmanZone, { nullable: true }) zone!: OmbudsmanZone | null;
  @Field() ok!: boolean;
  @Field(() => [OmbudsmanImportError]) errors!: OmbudsmanImportError[];
}

@ObjectType({ description: 'Hasil impor: semua atau tidak sama sekali; satu baris salah menolak seluruh berkas' })
export class OmbudsmanImportReport {
  @Field({ description: 'Berkas diterima dan (kecuali uji coba) disimpan' }) accepted!: boolean;
  @Field() dryRun!: boolean;
  @Field(() => Int, { description: 'Baris yang disimpan (0 bila ditolak atau uji coba)' }) created!: number;
  @Field(() => [OmbudsmanImportRow]) rows!: OmbudsmanImportRow[];
  @Field(() => OmbudsmanImportError, {
    nullable: true,
    description: 'Masalah berkas secara keseluruhan (tidak terbaca, kolom wajib tidak ada)',
  })
  fileError!: OmbudsmanImportError | null;
}

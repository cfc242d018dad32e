import { registerEnumType } from '@nestjs/graphql';

export enum OmbudsmanZone {
  HIJAU = 'HIJAU',
  KUNING = 'KUNING',
  MERAH = 'MERAH',
}
registerEnumType(OmbudsmanZone, {
  name: 'OmbudsmanZone',
  description: 'Zona kepatuhan: HIJAU (tinggi), KUNING (sedang), MERAH (rendah); dari @simpul/scoring',
});

export enum OmbudsmanMethod {
  KEPATUHAN_2015 = 'KEPATUHAN_2015',
  OPINI_2022 = 'OPINI_2022',
  OPINI_2025 = 'OPINI_2025',
}
registerEnumType(OmbudsmanMethod, {
  name: 'OmbudsmanMethod',
  description:
    'Metode yang menghasilkan angka: KEPATUHAN_2015 (nilai 0–100 dan zona, 2015–2021; juga laporan yang masih memakai nilai dan zona), OPINI_2022 (opini A–E dan dimensi), OPINI_2025 (opini dan predikat risiko maladministrasi)',
});

export enum OmbudsmanOpinion {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
  E = 'E',
}
registerEnumType(OmbudsmanOpinion, {
  name: 'OmbudsmanOpinion',
  description: 'Opini Ombudsman: A kualitas tertinggi, B tinggi (zona hijau), C sedang (kuning), D rendah, E terendah (merah)',
});

export enum OmbudsmanDimension {
  INPUT = 'INPUT',
  PROSES = 'PROSES',
  OUTPUT = 'OUTPUT',
  PENGADUAN = 'PENGADUAN',
}
registerEnumType(OmbudsmanDimension, { name: 'OmbudsmanDimension', description: 'Dimensi penilaian 2022–2023' });

/** The first year each method was used (docs/domain.md §7). */
export const METHOD_FIRST_YEAR: Record<OmbudsmanMethod, number> = {
  [OmbudsmanMethod.KEPATUHAN_2015]: 2015,
  [OmbudsmanMethod.OPINI_2022]: 2022,
  [OmbudsmanMethod.OPINI_2025]: 2025,
};

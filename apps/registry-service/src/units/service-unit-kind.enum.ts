import { registerEnumType } from '@nestjs/graphql';

export enum ServiceUnitKind {
  SAMSAT = 'SAMSAT',
  DPMPTSP = 'DPMPTSP',
  RSUD = 'RSUD',
  DINAS_SOSIAL = 'DINAS_SOSIAL',
  DISDUKCAPIL = 'DISDUKCAPIL',
  KECAMATAN = 'KECAMATAN',
  IMIGRASI = 'IMIGRASI',
  PUSKESMAS = 'PUSKESMAS',
  BPJS = 'BPJS',
  KEPOLISIAN = 'KEPOLISIAN',
  PENGADILAN = 'PENGADILAN',
  KEJAKSAAN = 'KEJAKSAAN',
  BPN = 'BPN',
  KEMENAG = 'KEMENAG',
  BAPENDA = 'BAPENDA',
  DISNAKER = 'DISNAKER',
  PDAM = 'PDAM',
  BANK = 'BANK',
  OTHER = 'OTHER',
}
registerEnumType(ServiceUnitKind, { name: 'ServiceUnitKind', description: 'Jenis unit penyelenggara pelayanan publik' });

/** The PEKPPP grouping of lokus by what the service delivers. */
export enum ServiceGroup {
  BARANG = 'BARANG',
  JASA = 'JASA',
  ADMINISTRASI = 'ADMINISTRASI',
}
registerEnumType(ServiceGroup, { name: 'ServiceGroup', description: 'Kelompok layanan: barang, jasa, administrasi' });

export enum ServiceUnitSortField {
  NAME = 'NAME',
  KIND = 'KIND',
  REGION = 'REGION',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ServiceUnitSortField, { name: 'ServiceUnitSortField' });

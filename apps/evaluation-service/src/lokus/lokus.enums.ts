import { registerEnumType } from '@nestjs/graphql';

/** Same values as the registry's ServiceGroup, so the two subgraphs compose. */
export enum ServiceGroup {
  BARANG = 'BARANG',
  JASA = 'JASA',
  ADMINISTRASI = 'ADMINISTRASI',
}
registerEnumType(ServiceGroup, { name: 'ServiceGroup', description: 'Kelompok layanan: barang, jasa, administrasi' });

export enum GovernmentLevel {
  CENTRAL = 'CENTRAL',
  PROVINCE = 'PROVINCE',
  REGENCY = 'REGENCY',
}
registerEnumType(GovernmentLevel, {
  name: 'GovernmentLevel',
  description: 'Tingkat pemerintahan unit: pusat (K/L), provinsi, kabupaten/kota',
});

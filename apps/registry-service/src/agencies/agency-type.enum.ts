import { registerEnumType } from '@nestjs/graphql';

export enum AgencyType {
  KEMENTERIAN = 'KEMENTERIAN',
  LEMBAGA = 'LEMBAGA',
  PROVINSI = 'PROVINSI',
  KABUPATEN = 'KABUPATEN',
  KOTA = 'KOTA',
  BUMN = 'BUMN',
  BUMD = 'BUMD',
  SWASTA = 'SWASTA',
}
registerEnumType(AgencyType, { name: 'AgencyType', description: 'Jenis instansi' });

export enum AgencySortField {
  NAME = 'NAME',
  TYPE = 'TYPE',
}
registerEnumType(AgencySortField, { name: 'AgencySortField' });

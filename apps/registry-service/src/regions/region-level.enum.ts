import { registerEnumType } from '@nestjs/graphql';

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  REGENCY = 'REGENCY',
}
registerEnumType(RegionLevel, { name: 'RegionLevel', description: 'Provinsi atau kabupaten/kota' });

export enum RegencyKind {
  KABUPATEN = 'KABUPATEN',
  KOTA = 'KOTA',
}
registerEnumType(RegencyKind, { name: 'RegencyKind' });

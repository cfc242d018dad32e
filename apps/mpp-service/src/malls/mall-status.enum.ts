import { registerEnumType } from '@nestjs/graphql';

export enum MallStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
}
registerEnumType(MallStatus, { name: 'MallStatus', description: 'Status MPP: diusulkan, beroperasi, dihentikan sementara, ditutup' });

export enum MallDocumentKind {
  REGENT_LETTER = 'REGENT_LETTER',
  URGENCY_STUDY = 'URGENCY_STUDY',
  OTHER = 'OTHER',
}
registerEnumType(MallDocumentKind, {
  name: 'MallDocumentKind',
  description: 'Dokumen pembentukan MPP: surat bupati/wali kota, kajian urgensi, atau lainnya (Perpres 89/2021)',
});

/** How the malls list is ordered; ties fall back to the name, then the id. */
export enum MallSortField {
  NAME = 'NAME',
  /** Province code (BPS order, Aceh first), then name: the order of the national lists. */
  PROVINCE = 'PROVINCE',
  /** Opening date; malls not yet opened sort as the earliest (last when descending). */
  OPENED_ON = 'OPENED_ON',
}
registerEnumType(MallSortField, { name: 'MallSortField', description: 'Urutan daftar MPP: nama, provinsi (kode BPS), tanggal peresmian' });

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

import { registerEnumType } from '@nestjs/graphql';

export const DOCUMENT_KINDS = ['PEKPPP_RAPOR', 'SKM_REPORT', 'MPP_REPORT_CARD', 'OMBUDSMAN_SUMMARY'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DocumentKindEnum = Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, kind])) as { [K in DocumentKind]: K };
registerEnumType(DocumentKindEnum, {
  name: 'DocumentKind',
  description: 'Jenis dokumen cetak yang dapat diverifikasi / kind of printed, verifiable document',
  valuesMap: {
    PEKPPP_RAPOR: { description: 'Rapor PEKPPP satu lokus; subjek = id lokus' },
    SKM_REPORT: { description: 'Laporan SKM (PermenPANRB 14/2017) satu survei; subjek = id survei' },
    MPP_REPORT_CARD: { description: 'Rapor Mal Pelayanan Publik; subjek = id mal' },
    OMBUDSMAN_SUMMARY: { description: 'Ringkasan kepatuhan Ombudsman satu instansi; subjek = id instansi' },
  },
});

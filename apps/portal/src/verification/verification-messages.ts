import { registerMessages } from '@simpul/web-kit';

/** Texts of the public verification page (its own namespace: the portal catalogue stays as it is). */
export const VERIFICATION = 'portal.verification';

export const VERIFICATION_MESSAGES = {
  id: {
    title: 'Verifikasi dokumen',
    crumb: 'Verifikasi',
    intro: 'Bandingkan angka di bawah ini dengan dokumen kertas. Bila ada yang berbeda, dokumen itu telah diubah setelah dicetak.',
    valid: 'Dokumen ini tercatat di Simpul.',
    revoked: 'Dokumen ini tercatat di Simpul tetapi sudah tidak berlaku.',
    unknown: 'Kode {code} tidak dikenal. Periksa kembali kode di bawah kode QR; dokumen dengan kode ini tidak pernah diterbitkan Simpul.',
    unknownTitle: 'Dokumen tidak ditemukan',
    code: 'Kode verifikasi',
    kind: 'Jenis dokumen',
    documentTitle: 'Judul',
    issuedAt: 'Diterbitkan',
    issuer: 'Penerbit',
    issuerValue: '{name} ({role})',
    figures: 'Angka kunci seperti tercetak',
    figuresCaption: 'Angka kunci yang dicatat saat dokumen dicetak',
    label: 'Uraian',
    value: 'Nilai',
    source: 'Lihat data terkini di Simpul',
    note: 'Angka di sini adalah angka saat dokumen dicetak; data terkini dapat berbeda bila hasilnya dikoreksi sesudahnya.',
    'kind.PEKPPP_RAPOR': 'Rapor PEKPPP',
    'kind.SKM_REPORT': 'Laporan Survei Kepuasan Masyarakat',
    'kind.MPP_REPORT_CARD': 'Rapor Mal Pelayanan Publik',
    'kind.OMBUDSMAN_SUMMARY': 'Ringkasan Kepatuhan Ombudsman',
  },
  en: {
    title: 'Document verification',
    crumb: 'Verification',
    intro: 'Compare the figures below with the paper document. If anything differs, the document was changed after it was printed.',
    valid: 'This document is recorded in Simpul.',
    revoked: 'This document is recorded in Simpul but is no longer valid.',
    unknown: 'The code {code} is not known. Check the code under the QR code again; Simpul never issued a document with this code.',
    unknownTitle: 'Document not found',
    code: 'Verification code',
    kind: 'Kind of document',
    documentTitle: 'Title',
    issuedAt: 'Issued',
    issuer: 'Issuer',
    issuerValue: '{name} ({role})',
    figures: 'Key figures as printed',
    figuresCaption: 'The key figures recorded when the document was printed',
    label: 'Item',
    value: 'Value',
    source: 'See the current data in Simpul',
    note: 'These are the figures at the time of printing; the current data may differ if the result was corrected later.',
    'kind.PEKPPP_RAPOR': 'PEKPPP report card',
    'kind.SKM_REPORT': 'Community Satisfaction Survey report',
    'kind.MPP_REPORT_CARD': 'Public Service Mall report card',
    'kind.OMBUDSMAN_SUMMARY': 'Ombudsman compliance summary',
  },
};

registerMessages(VERIFICATION, VERIFICATION_MESSAGES);

import { registerMessages } from '@simpul/web-kit';

/** The report-card pieces' own texts (a namespace of their own so the shared UI catalogue stays as it is). */
export const REPORT_CARD_UI = 'ui.reportCard';

export const REPORT_CARD_MESSAGES = {
  id: {
    print: 'Cetak',
    printHint: 'Mencetak lembar A4 ini tanpa menu portal; pilih "Simpan sebagai PDF" untuk berkas.',
    demo: 'DOKUMEN CONTOH — berisi data demo Simpul, bukan dokumen resmi.',
    demoShort: 'Data demo',
    system: 'Dicetak dari Simpul — Sistem Informasi Pelayanan Publik',
    signature: 'Tanda tangan',
    signatureSpace: 'Ruang tanda tangan dan cap',
    idNumber: 'NIP. {number}',
    'qr.label': 'Kode QR verifikasi dokumen {code}',
    'qr.text': 'Periksa keaslian dokumen ini: pindai kode QR atau buka {url}',
    'qr.code': 'Kode verifikasi: {code}',
    'qr.pending': 'Mendaftarkan dokumen untuk verifikasi…',
    'qr.unavailable': 'Dokumen ini tidak terdaftar di Simpul, sehingga angkanya tidak dapat diverifikasi.',
    'qr.signIn': 'Masuk untuk mencetak dokumen yang dapat diverifikasi dengan kode QR.',
    'role.NATIONAL_ADMIN': 'Admin nasional',
    'role.EVALUATOR': 'Evaluator',
    'role.MPP_OPERATOR': 'Operator MPP',
    'role.UNIT_DESK': 'Petugas unit',
    issuerRole: 'Penerbit dokumen, {role}',
    publicCopyRole: 'Salinan publik dari portal Simpul, tanpa tanda tangan',
    publicCopyName: 'Portal Simpul',
  },
  en: {
    print: 'Print',
    printHint: 'Prints this A4 sheet without the portal menus; choose "Save as PDF" for a file.',
    demo: 'SAMPLE DOCUMENT — contains Simpul demo data, not an official document.',
    demoShort: 'Demo data',
    system: 'Printed from Simpul — Public Service Information System',
    signature: 'Signature',
    signatureSpace: 'Space for signature and stamp',
    idNumber: 'Civil servant no. {number}',
    'qr.label': 'Verification QR code of document {code}',
    'qr.text': 'Check this document: scan the QR code or open {url}',
    'qr.code': 'Verification code: {code}',
    'qr.pending': 'Registering the document for verification…',
    'qr.unavailable': 'This document is not registered in Simpul, so its figures cannot be verified.',
    'qr.signIn': 'Sign in to print a document that can be verified with its QR code.',
    'role.NATIONAL_ADMIN': 'National admin',
    'role.EVALUATOR': 'Evaluator',
    'role.MPP_OPERATOR': 'MPP operator',
    'role.UNIT_DESK': 'Unit desk',
    issuerRole: 'Issuer of the document, {role}',
    publicCopyRole: 'Public copy from the Simpul portal, unsigned',
    publicCopyName: 'Simpul portal',
  },
};

registerMessages(REPORT_CARD_UI, REPORT_CARD_MESSAGES);

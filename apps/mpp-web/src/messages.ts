import { registerMessages } from '@simpul/web-kit';

export const MPP = 'mpp';

/**
 * The texts of the malls list, MPP's first screen for a visitor, registered with the shell; every other
 * page's texts register with that page's chunk (./page-messages.ts, issue #17).
 */
export const MPP_MESSAGES_ID: Record<string, string> = {
  title: 'Mal Pelayanan Publik',
  'error.loadTitle': 'Data MPP tidak dapat dimuat',
  'step.INVITED': 'Diundang',
  'step.AGREEMENT_SIGNED': 'PKS ditandatangani',
  'step.DESK_ASSIGNED': 'Gerai ditetapkan',
  'step.SERVICES_READY': 'Layanan siap',
  'step.LIVE': 'Beroperasi',
  'step.PAUSED': 'Dijeda',
  'step.LEFT': 'Keluar',
  'agreementStatus.NOT_STARTED': 'Belum berlaku',
  'agreementStatus.ACTIVE': 'Berlaku',
  'agreementStatus.EXPIRING': 'Akan berakhir',
  'agreementStatus.EXPIRING_IN': 'Berakhir dalam {days} hari',
  'agreementStatus.EXPIRED': 'Berakhir',
  'mallStatus.PROPOSED': 'Diusulkan',
  'mallStatus.ACTIVE': 'Beroperasi',
  'mallStatus.SUSPENDED': 'Dihentikan sementara',
  'mallStatus.CLOSED': 'Ditutup',
  'serviceStatus.LIVE': 'Dilayani',
  'serviceStatus.READY': 'Siap, menunggu beroperasi',
  'serviceStatus.INCOMPLETE': 'Standar belum lengkap',
  'col.mall': 'MPP',
  'col.openedOn': 'Diresmikan',
  'col.province': 'Provinsi',
  'col.regency': 'Kabupaten/kota',
  'col.origin': 'Asal data',
  'col.status': 'Status',
  'malls.title': 'Semua MPP',
  'malls.description': 'Mal Pelayanan Publik yang beroperasi: lokasi, jam layanan, instansi dan layanannya.',
  'malls.mine': 'Dasbor MPP saya',
  'malls.search': 'Cari MPP',
  'malls.searchHint': 'Ketik nama MPP atau kota, misalnya “Banjarmasin”',
  'malls.count': '{count} MPP',
  'malls.none': 'Tidak ada MPP yang cocok',
  'national.title': 'MPP nasional',
};

// English is a chunk of its own, fetched only when English is shown (issue #17).
registerMessages(MPP, { id: MPP_MESSAGES_ID, en: () => import('./messages.en').then((module) => module.MPP_MESSAGES_EN) });

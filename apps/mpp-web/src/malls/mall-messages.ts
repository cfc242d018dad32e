import { registerMessages } from '@simpul/web-kit';

/** Texts of the malls list's order and of the name-and-address correction (a namespace apart from the remote's catalogue). */
export const MPP_MALL_TEXT = 'mpp.mall';

export const MPP_MALL_MESSAGES = {
  id: {
    sort: 'Urutkan',
    'sort.PROVINCE.ASC': 'Provinsi (Aceh sampai Papua), lalu nama',
    'sort.PROVINCE.DESC': 'Provinsi (Papua sampai Aceh), lalu nama (Z–A)',
    'sort.NAME.ASC': 'Nama (A–Z)',
    'sort.NAME.DESC': 'Nama (Z–A)',
    'sort.OPENED_ON.DESC': 'Tanggal peresmian (terbaru dahulu)',
    'sort.OPENED_ON.ASC': 'Tanggal peresmian (terlama dahulu)',
    'details.title': 'Nama dan alamat',
    'details.intro': 'Perbaiki nama dan alamat MPP bila keliru. Perubahan langsung tampil di halaman publik MPP.',
    'details.name': 'Nama MPP',
    'details.address': 'Alamat',
    'details.addressHint': 'Jalan, nomor, kelurahan, kecamatan; kosongkan bila belum ada.',
    'details.nameRequired': 'Masukkan nama MPP',
    'details.save': 'Simpan nama dan alamat',
    'details.saved': 'Nama dan alamat MPP tersimpan.',
  },
  en: {
    sort: 'Sort by',
    'sort.PROVINCE.ASC': 'Province (Aceh to Papua), then name',
    'sort.PROVINCE.DESC': 'Province (Papua to Aceh), then name (Z–A)',
    'sort.NAME.ASC': 'Name (A–Z)',
    'sort.NAME.DESC': 'Name (Z–A)',
    'sort.OPENED_ON.DESC': 'Opening date (newest first)',
    'sort.OPENED_ON.ASC': 'Opening date (oldest first)',
    'details.title': 'Name and address',
    'details.intro': 'Correct the mall’s name and address if they are wrong. The change shows on the mall’s public page at once.',
    'details.name': 'Mall name',
    'details.address': 'Address',
    'details.addressHint': 'Street, number, village, district; leave empty if there is none yet.',
    'details.nameRequired': 'Enter the mall’s name',
    'details.save': 'Save name and address',
    'details.saved': 'The mall’s name and address are saved.',
  },
};

registerMessages(MPP_MALL_TEXT, MPP_MALL_MESSAGES);

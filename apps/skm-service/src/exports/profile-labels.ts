// Indonesian and English names of the respondent profile groups, for export files (the web has its
// own catalogue; a file is read without it).
export const DIMENSION_LABEL: Record<string, { id: string; en: string }> = {
  SEX: { id: 'Jenis kelamin', en: 'Sex' },
  AGE_BAND: { id: 'Usia', en: 'Age' },
  EDUCATION: { id: 'Pendidikan', en: 'Education' },
  OCCUPATION: { id: 'Pekerjaan', en: 'Occupation' },
};

export const GROUP_LABEL: Record<string, { id: string; en: string }> = {
  MALE: { id: 'Laki-laki', en: 'Male' },
  FEMALE: { id: 'Perempuan', en: 'Female' },
  UNDER_20: { id: 'Di bawah 20 tahun', en: 'Under 20' },
  AGE_20_29: { id: '20–29 tahun', en: '20–29' },
  AGE_30_39: { id: '30–39 tahun', en: '30–39' },
  AGE_40_49: { id: '40–49 tahun', en: '40–49' },
  AGE_50_59: { id: '50–59 tahun', en: '50–59' },
  AGE_60_PLUS: { id: '60 tahun ke atas', en: '60 and over' },
  SD: { id: 'SD', en: 'Primary school' },
  SMP: { id: 'SMP', en: 'Junior high school' },
  SMA: { id: 'SMA/SMK', en: 'Senior high school' },
  DIPLOMA: { id: 'Diploma (D1–D3)', en: 'Diploma (D1–D3)' },
  S1_D4: { id: 'S1/D4', en: "Bachelor's (S1/D4)" },
  S2_S3: { id: 'S2/S3', en: 'Postgraduate (S2/S3)' },
  CIVIL_SERVANT: { id: 'PNS/TNI/Polri', en: 'Civil servant/military/police' },
  PRIVATE_EMPLOYEE: { id: 'Pegawai swasta', en: 'Private employee' },
  ENTREPRENEUR: { id: 'Wirausaha', en: 'Self-employed' },
  STUDENT: { id: 'Pelajar/mahasiswa', en: 'Student' },
  OTHER: { id: 'Lainnya', en: 'Other' },
  UNKNOWN: { id: 'Tidak diisi', en: 'Not answered' },
};

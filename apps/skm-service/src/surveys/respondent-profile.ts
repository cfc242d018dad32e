import { registerEnumType } from '@nestjs/graphql';

// Respondent profile questions (PermenPANRB 14/2017 practice). No name, no NIK (UU 27/2022):
// every answer is a coarse bucket, so no response identifies a person.

export enum SkmAgeBand {
  UNDER_20 = 'UNDER_20',
  AGE_20_29 = 'AGE_20_29',
  AGE_30_39 = 'AGE_30_39',
  AGE_40_49 = 'AGE_40_49',
  AGE_50_59 = 'AGE_50_59',
  AGE_60_PLUS = 'AGE_60_PLUS',
}
registerEnumType(SkmAgeBand, { name: 'SkmAgeBand', description: 'Kelompok usia responden' });

export enum SkmSex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(SkmSex, { name: 'SkmSex', description: 'Jenis kelamin responden' });

export enum SkmEducation {
  SD = 'SD',
  SMP = 'SMP',
  SMA = 'SMA',
  DIPLOMA = 'DIPLOMA',
  S1_D4 = 'S1_D4',
  S2_S3 = 'S2_S3',
}
registerEnumType(SkmEducation, { name: 'SkmEducation', description: 'Pendidikan terakhir responden' });

export enum SkmOccupation {
  CIVIL_SERVANT = 'CIVIL_SERVANT',
  PRIVATE_EMPLOYEE = 'PRIVATE_EMPLOYEE',
  ENTREPRENEUR = 'ENTREPRENEUR',
  STUDENT = 'STUDENT',
  OTHER = 'OTHER',
}
registerEnumType(SkmOccupation, {
  name: 'SkmOccupation',
  description: 'Pekerjaan utama responden (PNS/TNI/Polri, swasta, wirausaha, pelajar, lainnya)',
});

export enum SkmProfileDimension {
  AGE_BAND = 'AGE_BAND',
  SEX = 'SEX',
  EDUCATION = 'EDUCATION',
  OCCUPATION = 'OCCUPATION',
  SERVICE = 'SERVICE',
}
registerEnumType(SkmProfileDimension, { name: 'SkmProfileDimension', description: 'Dimensi profil responden untuk rincian IKM' });

export const PROFILE_VALUES = {
  AGE_BAND: Object.values(SkmAgeBand) as string[],
  SEX: Object.values(SkmSex) as string[],
  EDUCATION: Object.values(SkmEducation) as string[],
  OCCUPATION: Object.values(SkmOccupation) as string[],
};

/** A response's profile as stored: null = the respondent skipped the question. */
export interface Profile {
  ageBand: string | null;
  sex: string | null;
  education: string | null;
  occupation: string | null;
  serviceId: string | null;
}

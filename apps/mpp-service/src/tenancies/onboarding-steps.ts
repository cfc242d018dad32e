import { Field, ObjectType } from '@nestjs/graphql';
import { TenancyStep } from './tenancy-step.enum';

@ObjectType({ description: 'Butir daftar periksa sebuah tahap' })
export class ChecklistItem {
  @Field({ description: 'Kode butir, dikirim saat menyelesaikan tahap' }) code!: string;
  @Field({ description: 'Uraian dalam Bahasa Indonesia' }) label!: string;
  @Field() labelEn!: string;
}

@ObjectType({ description: 'Definisi tahap onboarding: daftar periksa dan syarat data' })
export class OnboardingStepDefinition {
  @Field(() => TenancyStep) step!: TenancyStep;
  @Field() title!: string;
  @Field(() => [ChecklistItem]) checklist!: ChecklistItem[];
  @Field({ description: 'Syarat data yang diperiksa sistem sebelum tahap dapat diselesaikan' }) requirement!: string;
}

const item = (code: string, label: string, labelEn: string): ChecklistItem => ({ code, label, labelEn });

/**
 * Each step's checklist: every item must be confirmed to complete the step. The data the system
 * can check itself (an agreement on file, a desk, ready services) is checked too, not just ticked.
 */
export const ONBOARDING_STEPS: OnboardingStepDefinition[] = [
  {
    step: TenancyStep.INVITED,
    title: 'Instansi diundang',
    checklist: [
      item('invitation-sent', 'Surat undangan bergabung dikirim ke instansi', 'Invitation letter sent to the agency'),
      item('contact-named', 'Narahubung instansi ditetapkan', 'Agency contact person named'),
    ],
    requirement: 'Instansi terdaftar di registri dan belum menjadi instansi tergabung yang aktif di MPP ini.',
  },
  {
    step: TenancyStep.AGREEMENT_SIGNED,
    title: 'PKS ditandatangani',
    checklist: [
      item('pks-signed', 'PKS ditandatangani pengelola MPP dan instansi', 'Agreement signed by the mall manager and the agency'),
      item('pks-filed', 'Dokumen PKS yang ditandatangani diarsipkan', 'Signed agreement document filed'),
    ],
    requirement: 'Ada PKS yang berlaku hari ini.',
  },
  {
    step: TenancyStep.DESK_ASSIGNED,
    title: 'Gerai ditetapkan',
    checklist: [
      item('staff-named', 'Petugas gerai ditetapkan', 'Desk staff named'),
      item('equipment-ready', 'Perangkat dan jaringan gerai siap', 'Desk equipment and network ready'),
    ],
    requirement: 'Paling sedikit satu gerai pada satu hari layanan.',
  },
  {
    step: TenancyStep.SERVICES_READY,
    title: 'Layanan siap',
    checklist: [
      item('services-selected', 'Layanan dipilih dari registri', 'Services picked from the registry'),
      item('quotas-set', 'Kuota harian per layanan ditetapkan', 'Daily quota per service set'),
    ],
    requirement:
      'Paling sedikit satu layanan, dan setiap layanan memiliki komponen penyampaian Standar Pelayanan yang lengkap dan dipublikasikan.',
  },
  {
    step: TenancyStep.LIVE,
    title: 'Beroperasi',
    checklist: [
      item('staff-trained', 'Petugas mengikuti orientasi MPP', 'Staff completed the mall orientation'),
      item('launch-announced', 'Pembukaan gerai diumumkan kepada masyarakat', 'Desk opening announced to the public'),
    ],
    requirement: 'PKS berlaku hari ini, gerai ditetapkan, dan semua layanan siap.',
  },
];

export function stepDefinition(step: TenancyStep): OnboardingStepDefinition | undefined {
  return ONBOARDING_STEPS.find((definition) => definition.step === step);
}

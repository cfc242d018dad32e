import { EvaluationScheme } from '../cycles/cycle-phase.enum';
import type { LokusRow } from '../lokus/lokus.row';
import { GovernmentLevel } from '../lokus/lokus.enums';
import { EvaluatorLevel, type EvaluatorProfile } from './evaluator.model';

export interface Refusal {
  en: string;
  id: string;
}

/**
 * Who may evaluate whom (docs/domain.md §4.1): KemenPAN-RB any lokus; a province's Biro Organisasi the
 * provincial and kab/kota lokus of its province; a kab/kota Bagian Organisasi only kab/kota lokus of
 * its province. PEKPPP khusus is evaluated by KemenPAN-RB alone.
 */
export function hierarchyRefusal(profile: EvaluatorProfile, lokus: LokusRow, scheme: EvaluationScheme): Refusal | null {
  if (profile.level === EvaluatorLevel.KEMENPANRB) return null;
  if (scheme === EvaluationScheme.KHUSUS) {
    return {
      en: 'PEKPPP khusus lokus are evaluated by KemenPAN-RB evaluators only.',
      id: 'Lokus PEKPPP khusus hanya dinilai evaluator KemenPAN-RB.',
    };
  }
  if (lokus.governmentLevel === GovernmentLevel.CENTRAL) {
    return { en: 'Central-government (K/L) lokus are evaluated by KemenPAN-RB.', id: 'Lokus K/L dinilai oleh KemenPAN-RB.' };
  }
  if (profile.provinceCode !== lokus.provinceCode) {
    // Named, not coded: this sentence is shown beside the evaluator in the assignment picker.
    const province = lokus.provinceName ?? lokus.provinceCode;
    return {
      en: `This evaluator works for another province, not ${province}.`,
      id: `Evaluator ini bertugas di provinsi lain, bukan di ${province}.`,
    };
  }
  if (profile.level === EvaluatorLevel.REGENCY && lokus.governmentLevel !== GovernmentLevel.REGENCY) {
    return {
      en: 'A kab/kota Bagian Organisasi evaluates kab/kota lokus only.',
      id: 'Bagian Organisasi kab/kota hanya menilai lokus kab/kota.',
    };
  }
  return null;
}

/**
 * An evaluator may not judge their own instansi — except in PEKPPP mandiri, where by design the
 * instansi's Biro/Bagian Organisasi evaluates its own units and KemenPAN-RB verifies.
 */
export function sameAgencyRefusal(profile: EvaluatorProfile, lokus: LokusRow, scheme: EvaluationScheme): Refusal | null {
  if (scheme === EvaluationScheme.MANDIRI || profile.agencyId !== lokus.agencyId) return null;
  return {
    en: `${profile.displayName} belongs to the same instansi as ${lokus.unitName} and cannot evaluate it.`,
    id: `${profile.displayName} berasal dari instansi yang sama dengan ${lokus.unitName} sehingga tidak boleh menilainya.`,
  };
}

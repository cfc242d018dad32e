import type { EntityManager } from 'typeorm';
import type { Province } from '../seed/provinces';
import { demoOmbudsmanAgencies, demoOmbudsmanResults } from './ombudsman-demo-data';
import { checkOmbudsmanResult, wibYear } from './ombudsman-rules';
import { writeOmbudsmanResults } from './ombudsman-writer';

/**
 * The demo Ombudsman results (ombudsman-demo-data.ts), insert-if-missing by stable id and by
 * (agency, year, method): a second run, or a row a person recorded meanwhile, is left as it is. Every
 * row goes through the same rules as an entered one, so its zone comes from @simpul/scoring.
 * Returns how many results were written.
 */
export async function seedOmbudsmanResults(manager: EntityManager, provinces: readonly Province[], now: Date): Promise<number> {
  const agencies = demoOmbudsmanAgencies(provinces);
  const facts = new Map(agencies.map((agency) => [agency.id, { id: agency.id, name: agency.name, regionCode: agency.regionCode }]));
  const checked = demoOmbudsmanResults(agencies).map((candidate) => {
    const { result, violations } = checkOmbudsmanResult(candidate, facts.get(candidate.agencyId), wibYear(now));
    if (!result) throw new Error(`Demo Ombudsman result ${candidate.agencyId} ${candidate.year}: ${violations[0].en}`);
    return { ...result, id: candidate.id };
  });
  return (await writeOmbudsmanResults(manager, checked, now, null, { skipExisting: true })).length;
}

import { STANDARD_COMPONENTS, type StandardComponent } from '../services/standard/standard-component';
import data from './ombudsman-checks.json';

/** PUBLISHED: filled and published (delivery components); FILLED: written in the standard (management components). */
export type CheckRequirement = 'PUBLISHED' | 'FILLED';

export interface Bilingual {
  id: string;
  en: string;
}

export interface OmbudsmanCheck {
  component: StandardComponent;
  requirement: CheckRequirement;
  label: Bilingual;
  reason: Bilingual;
}

export interface UnknownCheck {
  code: string;
  label: Bilingual;
  reason: Bilingual;
}

/**
 * The list is data (ombudsman-checks.json) so it can be read and argued with; it is checked when the
 * service starts: known components, each once, and "published" only where the registry records it.
 */
export function parseChecks(raw: { checks: readonly { component: string; requirement: string; label: Bilingual; reason: Bilingual }[] }) {
  const seen = new Set<string>();
  return raw.checks.map((check): OmbudsmanCheck => {
    const definition = STANDARD_COMPONENTS.find((candidate) => candidate.component === check.component);
    if (!definition) throw new Error(`ombudsman-checks.json: unknown component ${check.component}`);
    if (seen.has(check.component)) throw new Error(`ombudsman-checks.json: ${check.component} is listed twice`);
    seen.add(check.component);
    if (check.requirement !== 'PUBLISHED' && check.requirement !== 'FILLED') {
      throw new Error(`ombudsman-checks.json: ${check.component} has requirement ${check.requirement}`);
    }
    // Only delivery components carry a published flag in the registry (services/standard/apply-standard.ts).
    if (check.requirement === 'PUBLISHED' && !definition.delivery) {
      throw new Error(`ombudsman-checks.json: the registry records no publication of ${check.component}`);
    }
    if (!check.label.id || !check.label.en || !check.reason.id || !check.reason.en) {
      throw new Error(`ombudsman-checks.json: ${check.component} needs a label and a reason in both languages`);
    }
    return { component: definition.component, requirement: check.requirement, label: check.label, reason: check.reason };
  });
}

export const OMBUDSMAN_CHECKS: readonly OmbudsmanCheck[] = parseChecks(data);
export const UNKNOWN_CHECKS: readonly UnknownCheck[] = data.notKnown;
export const CHECKS_ABOUT: Bilingual = data.about;

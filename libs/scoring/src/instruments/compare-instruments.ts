import { Fraction } from '../decimal/fraction';
import type { Aspect, Instrument, ProvisionalPart } from './instrument';

/** One way an aspect differs between two instruments; the UI words each kind from its catalogue. */
export type AspectDifference =
  | { kind: 'ONLY_LEFT' }
  | { kind: 'ONLY_RIGHT' }
  | { kind: 'NAME' }
  | { kind: 'WEIGHT' }
  /** Indicators the right instrument has and the left does not. */
  | { kind: 'INDICATORS_ADDED'; codes: string[] }
  /** Indicators the left instrument has and the right does not. */
  | { kind: 'INDICATORS_REMOVED'; codes: string[] }
  /** Indicators in both whose weight inside the aspect differs. */
  | { kind: 'INDICATOR_WEIGHTS'; codes: string[] }
  /** Indicators in both whose level ladder differs (a score may not mean the same). */
  | { kind: 'LADDERS'; codes: string[] }
  /** A part of this aspect is provisional in one of the instruments. */
  | { kind: 'PROVISIONAL'; side: 'left' | 'right'; notes: string[] };

export interface ComparedAspectSide {
  name: string;
  weight: string;
  indicators: number;
}

export interface AspectComparison {
  code: string;
  left: ComparedAspectSide | null;
  right: ComparedAspectSide | null;
  /** Empty when the aspect is scored the same way in both instruments. */
  differences: AspectDifference[];
}

export interface InstrumentComparison {
  left: string;
  right: string;
  /** Aspects in the left instrument's order, then those only the right one has. */
  aspects: AspectComparison[];
  blendDiffers: boolean;
  /** F-03 item codes only one instrument asks. */
  surveyItemsAdded: string[];
  surveyItemsRemoved: string[];
}

/**
 * Compares two instruments aspect by aspect, so two cycles scored with different instruments can be
 * read side by side with a note wherever a score is not built the same way. Weights compare as exact
 * fractions ("17" and "1700/100" are the same weight).
 */
export function compareInstruments(left: Instrument, right: Instrument): InstrumentComparison {
  const rightByCode = new Map(right.aspects.map((aspect) => [aspect.code, aspect]));
  const leftCodes = new Set(left.aspects.map((aspect) => aspect.code));
  const aspects = [
    ...left.aspects.map((aspect) => compareAspect(aspect.code, aspect, rightByCode.get(aspect.code) ?? null, left, right)),
    ...right.aspects.filter((aspect) => !leftCodes.has(aspect.code)).map((aspect) => compareAspect(aspect.code, null, aspect, left, right)),
  ];
  const leftItems = new Set(left.userSurvey.items.map((item) => item.code));
  const rightItems = new Set(right.userSurvey.items.map((item) => item.code));
  return {
    left: left.id,
    right: right.id,
    aspects,
    blendDiffers: !sameWeight(left.blend.evaluator, right.blend.evaluator) || !sameWeight(left.blend.user, right.blend.user),
    surveyItemsAdded: [...rightItems].filter((code) => !leftItems.has(code)),
    surveyItemsRemoved: [...leftItems].filter((code) => !rightItems.has(code)),
  };
}

function compareAspect(code: string, left: Aspect | null, right: Aspect | null, li: Instrument, ri: Instrument): AspectComparison {
  const differences: AspectDifference[] = [];
  if (!right) differences.push({ kind: 'ONLY_LEFT' });
  if (!left) differences.push({ kind: 'ONLY_RIGHT' });
  if (left && right) {
    if (left.name !== right.name) differences.push({ kind: 'NAME' });
    if (!sameWeight(left.weight, right.weight)) differences.push({ kind: 'WEIGHT' });
    const rightIndicators = new Map(right.indicators.map((indicator) => [indicator.code, indicator]));
    const leftIndicators = new Set(left.indicators.map((indicator) => indicator.code));
    const added = right.indicators.filter((indicator) => !leftIndicators.has(indicator.code)).map((indicator) => indicator.code);
    const removed = left.indicators.filter((indicator) => !rightIndicators.has(indicator.code)).map((indicator) => indicator.code);
    const shared = left.indicators.flatMap((indicator) => {
      const other = rightIndicators.get(indicator.code);
      return other ? [[indicator, other] as const] : [];
    });
    const reweighted = shared.filter(([l, r]) => !sameWeight(l.weight, r.weight)).map(([l]) => l.code);
    const reladdered = shared.filter(([l, r]) => l.levels.join('\n') !== r.levels.join('\n')).map(([l]) => l.code);
    if (added.length) differences.push({ kind: 'INDICATORS_ADDED', codes: added });
    if (removed.length) differences.push({ kind: 'INDICATORS_REMOVED', codes: removed });
    if (reweighted.length) differences.push({ kind: 'INDICATOR_WEIGHTS', codes: reweighted });
    if (reladdered.length) differences.push({ kind: 'LADDERS', codes: reladdered });
  }
  const leftNotes = left ? provisionalNotes(li.provisionalParts, code) : [];
  const rightNotes = right ? provisionalNotes(ri.provisionalParts, code) : [];
  if (leftNotes.length) differences.push({ kind: 'PROVISIONAL', side: 'left', notes: leftNotes });
  if (rightNotes.length) differences.push({ kind: 'PROVISIONAL', side: 'right', notes: rightNotes });
  return { code, left: left && side(left), right: right && side(right), differences };
}

function side(aspect: Aspect): ComparedAspectSide {
  return { name: aspect.name, weight: aspect.weight, indicators: aspect.indicators.length };
}

function sameWeight(a: string, b: string): boolean {
  return Fraction.parse(a).equals(Fraction.parse(b));
}

/** Notes of the provisional parts that cover aspect `code`: `aspects.*`, `aspects.a,c`, `aspects.b-f`. */
function provisionalNotes(parts: ProvisionalPart[], code: string): string[] {
  return parts
    .filter((part) => {
      const which = /^aspects\.([^.]+)/.exec(part.part)?.[1];
      if (!which) return false;
      if (which === '*') return true;
      const range = /^([a-z])-([a-z])$/.exec(which);
      if (range) return code >= range[1] && code <= range[2];
      return which.split(',').includes(code);
    })
    .map((part) => part.note);
}

import type { BandTable } from '../bands/band';
import type { IppCategoryCode } from '../ipp/ipp-category-code';

/**
 * Weights are exact decimal or fraction text ("17", "16.5", "100/6") so that weights which are
 * thirds or sixths still sum to exactly 100.
 */
export type WeightText = string;

export interface Indicator {
  /** Code exactly as printed on the form (number.aspect.principle): "2.a.P". */
  code: string;
  text: string;
  /** Weight inside its aspect, percent; the weights of an aspect sum to 100. */
  weight: WeightText;
  /** Published weight, or `equal` when the regulation publishes none and the default applies. */
  weightSource: 'published' | 'equal' | 'rescaled';
  /** levels[i] describes score i (0–5) as printed on the form; empty while the descriptors are pending. */
  levels: string[];
  /** English of levels[i], or null where no English descriptor is known yet. */
  levelsEn: Array<string | null>;
  descriptorsPending: boolean;
  evidence: string[];
  notes: string | null;
}

export interface Aspect {
  code: string;
  name: string;
  /** Weight in the evaluator index, percent; the aspect weights sum to 100. */
  weight: WeightText;
  indicators: Indicator[];
}

export interface SurveyItem {
  code: string;
  aspect: string;
  text: string;
}

/** A part of an instrument that is provisional or an open default, and why. */
export interface ProvisionalPart {
  /** Which part: `blend`, `userSurvey`, `aspects.c`, `aspects.*.indicators.levels`, … */
  part: string;
  note: string;
}

/** A PEKPPP instrument (one year, one variant), read from its data file `src/instruments/<id>.json`. */
export interface Instrument {
  id: string;
  /** Raised whenever the data file's content changes. */
  version: number;
  /** The year of the edition. */
  year: number;
  /** The evaluation years it scores. */
  years: number[];
  /** A: services delivered in person (luring); B: online services (daring). */
  variant: 'A' | 'B';
  title: string;
  /** `published` when transcribed from the forms, `provisional` when parts are pending. */
  status: 'published' | 'provisional';
  /** Every part that is provisional or an open default, with a note; empty when none. */
  provisionalParts: ProvisionalPart[];
  sources: string[];
  notes: string[];
  /** Levels every indicator is scored on (0–5). */
  scale: { min: number; max: number };
  aspects: Aspect[];
  /** F-03: the service-user survey. */
  userSurvey: {
    form: string;
    title: string;
    scale: { min: number; max: number };
    items: SurveyItem[];
  };
  /** IPP = evaluator × F-02 index + user × F-03 index (exact decimal text, sums to 1). */
  blend: { evaluator: WeightText; user: WeightText };
  categories: BandTable<IppCategoryCode>;
}

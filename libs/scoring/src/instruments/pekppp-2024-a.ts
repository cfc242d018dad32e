import ippCategories from '../ipp/data/ipp-categories-2022.json';
import type { BandTable } from '../bands/band';
import type { IppCategoryCode } from '../ipp/ipp-category-code';
import f02 from './data/pekppp-f02-a.json';
import f03 from './data/pekppp-f03-a.json';
import type { Aspect, Instrument } from './instrument';
import { equalShare } from './equal-share';

/**
 * F-02 A and F-03 A (offline services, Pedoman MenPANRB 5/2023 era) built from the transcribed
 * forms. Only aspect a's indicator weights are published; elsewhere each indicator gets an equal
 * share of its aspect (docs/domain.md §4.3, open).
 */
export function buildPekppp2024A(): Instrument {
  const aspects: Aspect[] = f02.aspects.map((aspect) => ({
    code: aspect.code,
    name: aspect.name,
    weight: String(aspect.weight),
    indicators: aspect.indicators.map((indicator) => {
      const published = 'weight' in indicator && typeof indicator.weight === 'number';
      return {
        code: indicator.code,
        text: indicator.text,
        weight: published ? String(indicator.weight) : equalShare(aspect.indicators.length),
        weightSource: published ? ('published' as const) : ('equal' as const),
        levels: [...indicator.levels],
        descriptorsPending: false,
        evidence: [...indicator.evidence],
        notes: indicator.notes ?? null,
      };
    }),
  }));
  return {
    id: 'pekppp-2024-a',
    year: 2024,
    variant: 'A',
    title: 'PEKPPP 2024 — Formulir A (pelayanan luring)',
    status: 'published',
    sources: ['Pedoman MenPANRB 5/2023', 'PermenPANRB 29/2022 jo. 4/2023', f02.title, f03.title],
    notes: [f02.weights_note, f03.note, 'Blend 0.75/0.25 follows regional implementations (docs/domain.md §4.4, open).'],
    scale: { min: 0, max: 5 },
    aspects,
    userSurvey: {
      form: f03.form,
      title: f03.title,
      scale: { min: 0, max: 5 },
      items: f03.items.map((item) => ({ ...item })),
    },
    blend: { evaluator: '0.75', user: '0.25' },
    categories: ippCategories as BandTable<IppCategoryCode>,
  };
}

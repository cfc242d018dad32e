import { formatHalfUp } from '@simpul/scoring';
import type { OmbudsmanChange, OmbudsmanResult } from './ombudsman.model';
import { zoneLabel } from './ombudsman.row';

/** "4,12" — two decimals with a decimal comma, as Indonesian reports print them. */
const indonesian = (value: number): string => formatHalfUp(value, 2).replace('.', ',');

/** What changed from an earlier result to the latest: the score difference, the zones, a sentence in both languages. */
export function describeChange(before: OmbudsmanResult, after: OmbudsmanResult): OmbudsmanChange {
  const scoreDelta = before.score !== null && after.score !== null ? Math.round((after.score - before.score) * 100) / 100 : null;
  const zoneAfter = zoneLabel(after.zone);
  const zoneBefore = zoneLabel(before.zone);
  const zoneText =
    before.zone === after.zone
      ? { id: `tetap ${zoneAfter.id.toLowerCase()}`, en: `still ${zoneAfter.en.toLowerCase()}` }
      : {
          id: `dari ${zoneBefore.id.toLowerCase()} ke ${zoneAfter.id.toLowerCase()}`,
          en: `from ${zoneBefore.en.toLowerCase()} to ${zoneAfter.en.toLowerCase()}`,
        };
  const scoreText =
    scoreDelta === null
      ? { id: 'Nilai tidak sebanding', en: 'Scores not comparable' }
      : scoreDelta === 0
        ? { id: 'Nilai tetap', en: 'Score unchanged' }
        : scoreDelta > 0
          ? { id: `Naik ${indonesian(scoreDelta)} poin`, en: `Up ${formatHalfUp(scoreDelta, 2)} points` }
          : { id: `Turun ${indonesian(-scoreDelta)} poin`, en: `Down ${formatHalfUp(-scoreDelta, 2)} points` };
  const methodChanged = before.methodVersion !== after.methodVersion;
  const since = { id: ` sejak ${before.year}`, en: ` since ${before.year}` };
  const method = methodChanged ? { id: ' (metode berbeda)', en: ' (different method)' } : { id: '', en: '' };
  return {
    yearBefore: before.year,
    yearAfter: after.year,
    scoreDelta,
    zoneBefore: before.zone,
    zoneAfter: after.zone,
    opinionBefore: before.opinion,
    opinionAfter: after.opinion,
    methodChanged,
    summary: {
      id: `${scoreText.id}${since.id}; ${zoneText.id}${method.id}`,
      en: `${scoreText.en}${since.en}; ${zoneText.en}${method.en}`,
    },
  };
}

import type { DocumentToIssue } from '@simpul/ui';
import type { SkmReportData } from './skm-report.operations';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** What the sheet calls the surveyed place: the unit, or the MPP desk within its mall. */
export function surveyedName(survey: SkmReportData, r: Translate): string {
  if (survey.serviceUnit) return survey.serviceUnit.name;
  if (survey.desk)
    return r('mallDesk', {
      number: survey.desk.number,
      label: survey.desk.label ? ` (${survey.desk.label})` : '',
      mall: survey.desk.mall.name,
    });
  return survey.title;
}

/** The town a regency's name stands for ("Kota Banjarmasin" → "Banjarmasin"), for the place-and-date line. */
export function placeOf(regionName: string | null | undefined): string {
  return (regionName ?? '').replace(/^(Kota|Kabupaten|Kab\.)\s+/i, '').trim();
}

/** The key figures as printed, which the registry records so the QR's page shows the same ones. */
export function skmReportFigures(
  survey: SkmReportData,
  period: string,
  r: Translate,
  language: 'id' | 'en',
  number: (value: number, digits?: number) => string,
): DocumentToIssue['figures'] {
  const { result } = survey;
  const { ikm, sample } = result;
  const none = r('none');
  return [
    { label: r('figure.unit'), value: surveyedName(survey, r) },
    { label: r('figure.period'), value: period },
    {
      label: r('figure.ikm'),
      value: ikm
        ? `${number(ikm.value, 2)} (${ikm.category.code}, ${language === 'en' ? ikm.category.labelEn : ikm.category.label})`
        : none,
    },
    { label: r('figure.population'), value: sample.expectedUsers === null ? none : number(sample.expectedUsers) },
    { label: r('figure.required'), value: sample.required === null ? none : number(sample.required) },
    { label: r('figure.respondents'), value: number(sample.respondents) },
    ...result.elements
      .slice(0, 20)
      .map((e) => ({ label: r('figure.element', { code: e.code }), value: `${number(e.value, 2)} (${e.categoryCode})` })),
    { label: r('figure.followUps'), value: number(survey.followUps.totalCount) },
    { label: r('figure.origin'), value: r(`origin.${result.origin}`) },
  ];
}

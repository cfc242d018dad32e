import type { DocumentToIssue } from '@simpul/ui';
import type { OmbudsmanSummaryData, PrintedResult } from './ombudsman-print.operations';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The result the summary leads with: the one the service names latest, else the newest in the history. */
export function latestResult(data: OmbudsmanSummaryData): PrintedResult | null {
  const { history, latest } = data.ombudsmanCompliance;
  return history.find((result) => result.id === latest?.id) ?? history[0] ?? null;
}

/** The newest official (published, sourced) result when the latest one is not it; null otherwise. */
export function officialBesideLatest(data: OmbudsmanSummaryData): PrintedResult | null {
  const { history, latestOfficial } = data.ombudsmanCompliance;
  const latest = latestResult(data);
  if (!latestOfficial || latestOfficial.id === latest?.id) return null;
  return history.find((result) => result.id === latestOfficial.id) ?? null;
}

/** The key figures as printed, which the registry records so the QR's page shows the same ones. */
export function ombudsmanFigures(
  data: OmbudsmanSummaryData,
  agencyName: string,
  r: Translate,
  language: 'id' | 'en',
  number: (value: number, digits?: number) => string,
): DocumentToIssue['figures'] {
  const latest = latestResult(data);
  const change = data.ombudsmanCompliance.changeSinceLastYear;
  const official = officialBesideLatest(data);
  const none = r('none');
  if (!latest) return [{ label: r('figure.agency'), value: agencyName }];
  return [
    { label: r('figure.agency'), value: agencyName },
    { label: r('figure.year'), value: String(latest.year) },
    { label: r('figure.score'), value: latest.score === null ? none : number(latest.score, 2) },
    { label: r('figure.zone'), value: latest.zoneLabel[language] },
    ...(latest.opinionLabel
      ? [{ label: r('figure.opinion'), value: `${latest.opinion ?? ''} ${latest.opinionLabel[language]}`.trim() }]
      : []),
    ...(change ? [{ label: r('figure.change'), value: change.summary[language] }] : []),
    ...(latest.source ? [{ label: r('figure.source'), value: latest.source.slice(0, 200) }] : []),
    { label: r('figure.origin'), value: r(`origin.${latest.origin}`) },
    ...(official
      ? [
          {
            label: r('figure.official', { year: official.year }),
            value: `${official.score === null ? none : number(official.score, 2)} (${official.zoneLabel[language]})`,
          },
        ]
      : []),
  ];
}

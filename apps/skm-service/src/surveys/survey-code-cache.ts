import type { SurveyRow } from './survey.row';

/** How long a replica answers public submissions from a survey row it read before. */
export const SURVEY_CODE_CACHE_MS = 5_000;

/**
 * Survey rows by public code for the public write path, kept a few seconds per replica: every QR
 * or kiosk answer names its survey, and reading the same row again was one of the three round trips
 * of an answer. What may be stale is small: a survey's period and elements never change, and an
 * update (title, expected users, opening hours) drops the entry on the replica that made it; other
 * replicas see new opening hours — which only decide the OUTSIDE_HOURS review flag — within
 * SURVEY_CODE_CACHE_MS. Unknown codes are not remembered, so a new survey works at once everywhere.
 */
export class SurveyCodeCache {
  private readonly entries = new Map<string, { survey: SurveyRow; until: number }>();

  constructor(
    private readonly ttlMs = SURVEY_CODE_CACHE_MS,
    private readonly maxEntries = 10_000,
  ) {}

  get(code: string, now = Date.now()): SurveyRow | undefined {
    const entry = this.entries.get(code);
    if (!entry) return undefined;
    if (entry.until <= now) {
      this.entries.delete(code);
      return undefined;
    }
    return entry.survey;
  }

  set(survey: SurveyRow, now = Date.now()): void {
    // Oldest first out: a Map iterates in insertion order.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(survey.publicCode, { survey, until: now + this.ttlMs });
  }

  /** After an update on this replica: the next answer reads the row again. */
  forget(surveyId: string): void {
    for (const [code, entry] of this.entries) if (entry.survey.id === surveyId) this.entries.delete(code);
  }
}

import { CompetitionGroup } from './group.enum';

/** Eligibility and funnel sizes, kept as data on each competition (docs/domain.md §9 defaults). */
export interface GroupRuleData {
  group: CompetitionGroup;
  /** Whole years the innovation must have run by the registration deadline. */
  minAgeYears: number;
  /** Submitted proposals per agency in this group; null is unlimited. */
  quotaPerAgency: number | null;
}

export interface CompetitionRulesData {
  groups: GroupRuleData[];
  /** KHUSUS proposals must upgrade an earlier Top 45 innovation of the same agency. */
  khususRequiresPastWinner: boolean;
  top99Size: number;
  top45Size: number;
  evaluatorsPerProposal: number;
  /** A score further than this from the proposal's aggregate is flagged as an outlier. */
  outlierPoints: number;
  /** Objections one client may file per hour. */
  objectionsPerHour: number;
}

export const DEFAULT_RULES: CompetitionRulesData = {
  groups: [
    { group: CompetitionGroup.UMUM, minAgeYears: 2, quotaPerAgency: 10 },
    { group: CompetitionGroup.REPLIKASI, minAgeYears: 1, quotaPerAgency: 5 },
    { group: CompetitionGroup.KHUSUS, minAgeYears: 2, quotaPerAgency: null },
  ],
  khususRequiresPastWinner: true,
  top99Size: 99,
  top45Size: 45,
  evaluatorsPerProposal: 3,
  outlierPoints: 10,
  objectionsPerHour: 3,
};

/** Whole years between two calendar dates (YYYY-MM-DD): 2021-03-01 → 2023-02-28 is 1. */
export function wholeYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years -= 1;
  return years;
}

export interface EligibilityFacts {
  group: CompetitionGroup;
  innovationStartedOn: string;
  registrationClosesOn: string;
  /** Proposals this agency already submitted in the group. */
  submittedInGroup: number;
  /** The catalogue entry a REPLIKASI or KHUSUS proposal builds on, if any. */
  source: { award: string; agencyId: string } | null;
  agencyId: string;
}

export interface EligibilityReason {
  code: string;
  en: string;
  id: string;
}

/** Every reason a proposal may not be submitted, in a fixed order; empty when eligible. */
export function eligibilityProblems(
  rules: CompetitionRulesData,
  facts: EligibilityFacts,
  groupsOffered: readonly string[],
): EligibilityReason[] {
  const reasons: EligibilityReason[] = [];
  // The group as people write it ("Replikasi"), never its code, in a message a person reads.
  const group = facts.group.charAt(0) + facts.group.slice(1).toLowerCase();
  const rule = rules.groups.find((candidate) => candidate.group === facts.group);
  if (!rule || !groupsOffered.includes(facts.group)) {
    return [
      {
        code: 'GROUP_NOT_OFFERED',
        en: `The ${group} group is not open in this competition.`,
        id: `Kelompok ${group} tidak dibuka pada kompetisi ini.`,
      },
    ];
  }
  const age = wholeYearsBetween(facts.innovationStartedOn, facts.registrationClosesOn);
  if (age < rule.minAgeYears) {
    reasons.push({
      code: 'TOO_YOUNG',
      en: `The innovation must have run at least ${rule.minAgeYears} year(s) by ${facts.registrationClosesOn}; it has run ${Math.max(age, 0)}.`,
      id: `Inovasi harus sudah berjalan minimal ${rule.minAgeYears} tahun pada ${facts.registrationClosesOn}; baru ${Math.max(age, 0)} tahun.`,
    });
  }
  if (rule.quotaPerAgency !== null && facts.submittedInGroup >= rule.quotaPerAgency) {
    reasons.push({
      code: 'QUOTA_REACHED',
      en: `The agency already submitted ${facts.submittedInGroup} ${group} proposals; the quota is ${rule.quotaPerAgency}.`,
      id: `Instansi sudah mengirim ${facts.submittedInGroup} proposal ${group}; kuotanya ${rule.quotaPerAgency}.`,
    });
  }
  if (facts.group === CompetitionGroup.REPLIKASI && !facts.source) {
    reasons.push({
      code: 'NO_SOURCE',
      en: 'A replikasi proposal must name the catalogued innovation it replicates.',
      id: 'Proposal replikasi harus menyebut inovasi katalog yang direplikasi.',
    });
  }
  if (facts.group === CompetitionGroup.KHUSUS && rules.khususRequiresPastWinner) {
    if (!facts.source || facts.source.award !== 'TOP45' || facts.source.agencyId !== facts.agencyId) {
      reasons.push({
        code: 'NOT_PAST_WINNER',
        en: 'The khusus group is only for past Top 45 winners of the same agency.',
        id: 'Kelompok khusus hanya untuk pemenang Top 45 terdahulu dari instansi yang sama.',
      });
    }
  }
  return reasons;
}

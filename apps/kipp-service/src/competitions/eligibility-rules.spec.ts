import { DEFAULT_RULES, eligibilityProblems, wholeYearsBetween, type EligibilityFacts } from './eligibility-rules';
import { CompetitionGroup } from './group.enum';

const ALL = ['UMUM', 'REPLIKASI', 'KHUSUS'];
const base: EligibilityFacts = {
  group: CompetitionGroup.UMUM,
  innovationStartedOn: '2020-01-10',
  registrationClosesOn: '2023-03-31',
  submittedInGroup: 0,
  source: null,
  agencyId: 'a',
};
const codes = (facts: Partial<EligibilityFacts>, groups = ALL) =>
  eligibilityProblems(DEFAULT_RULES, { ...base, ...facts }, groups).map((reason) => reason.code);

describe('KIPP eligibility rules', () => {
  it('counts whole years to the registration deadline', () => {
    expect(wholeYearsBetween('2021-04-01', '2023-03-31')).toBe(1);
    expect(wholeYearsBetween('2021-03-31', '2023-03-31')).toBe(2);
  });

  it('needs two years for umum and one for replikasi', () => {
    expect(codes({ innovationStartedOn: '2021-06-01' })).toEqual(['TOO_YOUNG']);
    expect(
      codes({ group: CompetitionGroup.REPLIKASI, innovationStartedOn: '2021-06-01', source: { award: 'TOP99', agencyId: 'b' } }),
    ).toEqual([]);
  });

  it('stops an agency at its quota per group: 10 umum, 5 replikasi', () => {
    expect(codes({ submittedInGroup: 9 })).toEqual([]);
    expect(codes({ submittedInGroup: 10 })).toEqual(['QUOTA_REACHED']);
    expect(codes({ group: CompetitionGroup.REPLIKASI, submittedInGroup: 5, source: { award: 'TOP45', agencyId: 'b' } })).toEqual([
      'QUOTA_REACHED',
    ]);
  });

  it('keeps khusus for past winners of the same agency and refuses groups not offered', () => {
    expect(codes({ group: CompetitionGroup.KHUSUS, source: { award: 'TOP99', agencyId: 'a' } })).toEqual(['NOT_PAST_WINNER']);
    expect(codes({ group: CompetitionGroup.KHUSUS, source: { award: 'TOP45', agencyId: 'a' } })).toEqual([]);
    expect(codes({}, ['REPLIKASI'])).toEqual(['GROUP_NOT_OFFERED']);
  });
});

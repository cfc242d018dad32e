import { getRubric, listRubrics, validateRubric } from './rubric';
import { scoreProposal } from './score-proposal';

describe('KIPP rubrics', () => {
  it('ship as valid data', () => {
    expect(listRubrics().map((rubric) => rubric.id)).toEqual(['kipp-2025-umum', 'kipp-2025-replikasi']);
    for (const rubric of listRubrics()) expect(validateRubric(rubric)).toEqual([]);
  });

  it('weights the criteria exactly: six equal sixths', () => {
    const rubric = getRubric('kipp-2025-umum');
    // (90 + 85 + 80 + 88 + 84 + 83) / 6 = 510 / 6 = 85.00 → passes the 2025 grade of 85
    const result = scoreProposal(rubric, {
      KEBARUAN: 90,
      IMPLEMENTASI: 85,
      SIGNIFIKANSI: 80,
      ADAPTABILITAS: 88,
      SUMBER_DAYA: 84,
      KEBERLANJUTAN: 83,
    });
    expect(result).toMatchObject({ total: 85, passed: true, exact: '85' });
    expect(result.explanation.text.en).toBe('Total 85.00 from 6 weighted criteria; passes the 85 threshold.');
  });

  it('rounds half up and fails just below the passing grade', () => {
    // (85 × 5 + 84.97) / 6 = 509.97 / 6 = 84.995 → 85.00 passes; 84.96 gives 84.9933 → 84.99 fails
    const rubric = getRubric('kipp-2025-umum');
    const base = { KEBARUAN: 85, IMPLEMENTASI: 85, SIGNIFIKANSI: 85, ADAPTABILITAS: 85, SUMBER_DAYA: 85 };
    expect(scoreProposal(rubric, { ...base, KEBERLANJUTAN: 84.97 })).toMatchObject({ total: 85, passed: true });
    expect(scoreProposal(rubric, { ...base, KEBERLANJUTAN: 84.96 })).toMatchObject({ total: 84.99, passed: false });
  });

  it('names a missing or out-of-scale criterion', () => {
    const rubric = getRubric('kipp-2025-umum');
    expect(() => scoreProposal(rubric, { KEBARUAN: 90 })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'scores.IMPLEMENTASI' }),
    );
    expect(() => scoreProposal(rubric, { KEBARUAN: 120 })).toThrow(expect.objectContaining({ field: 'scores.KEBARUAN' }));
    expect(() => scoreProposal(rubric, { LAIN: 1 })).toThrow(expect.objectContaining({ field: 'scores.LAIN' }));
  });
});

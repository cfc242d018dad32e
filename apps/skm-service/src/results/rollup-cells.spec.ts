import { cellsOfResponse, RESPONDENT_ROW, UNKNOWN_BUCKET } from './rollup-writer';

describe('the rollup cells one public answer adds to', () => {
  it('counts the questionnaire and each answered element once in every profile bucket, skipped elements nowhere', () => {
    const cells = cellsOfResponse({
      surveyId: 's', day: '2026-05-20', answers: [4, null, 2], ageBand: 'AGE_30_39', sex: 'FEMALE', education: null, occupation: null, serviceId: null,
    });
    const buckets = [['ALL', ''], ['DAY', '2026-05-20'], ['AGE_BAND', 'AGE_30_39'], ['SEX', 'FEMALE'], ['EDUCATION', UNKNOWN_BUCKET], ['OCCUPATION', UNKNOWN_BUCKET], ['SERVICE', UNKNOWN_BUCKET]];
    expect(cells).toEqual(buckets.flatMap(([dimension, bucket]) => [
      [dimension, bucket, RESPONDENT_ROW, 0], [dimension, bucket, 0, 4], [dimension, bucket, 2, 2],
    ]));
  });
});

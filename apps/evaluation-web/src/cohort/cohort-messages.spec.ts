import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { COHORT_MESSAGES_EN } from './cohort-messages.en';
import { COHORT_MESSAGES_ID } from './cohort-messages';

describe('the cohort ranking and peers texts', () => {
  it('have the same keys and placeholders in Bahasa Indonesia and English, none empty', () =>
    expectMatchingCatalogues({ id: COHORT_MESSAGES_ID, en: COHORT_MESSAGES_EN }));
});

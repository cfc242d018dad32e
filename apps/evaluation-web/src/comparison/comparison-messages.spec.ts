import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { COMPARISON_MESSAGES_EN } from './comparison-messages.en';
import { COMPARISON_MESSAGES_ID } from './comparison-messages';

describe('the cycle comparison texts', () => {
  it('have the same keys and placeholders in Bahasa Indonesia and English, none empty', () =>
    expectMatchingCatalogues({ id: COMPARISON_MESSAGES_ID, en: COMPARISON_MESSAGES_EN }));
});

import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { F01_MESSAGES } from './f01-messages';

describe('F-01 sending texts', () => {
  it('has the same keys and placeholders in Bahasa Indonesia and English, none empty', () => {
    expectMatchingCatalogues(F01_MESSAGES);
  });
});

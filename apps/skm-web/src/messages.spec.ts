import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { MESSAGES } from './messages';

describe('message catalogues', () => {
  it('has every text in Bahasa Indonesia and in English, with the same placeholders', () => {
    expectMatchingCatalogues(MESSAGES);
  });
});

import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { MESSAGES_EN } from './messages.en';
import { MESSAGES_ID } from './messages';

describe('message catalogues', () => {
  it('has every text in Bahasa Indonesia and in English, with the same placeholders', () => {
    expectMatchingCatalogues({ id: MESSAGES_ID, en: MESSAGES_EN });
  });
});

import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { FRONT_MESSAGES } from './front-door-messages';

describe('the front door’s message catalogue', () => {
  it('has every text in Bahasa Indonesia and in English, with the same placeholders', () => {
    expectMatchingCatalogues(FRONT_MESSAGES);
  });
});

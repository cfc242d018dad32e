import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { FRONT_MESSAGES_EN } from './front-door-messages.en';
import { FRONT_MESSAGES_ID } from './front-door-messages.id';

describe('the front door’s message catalogue', () => {
  it('has every text in Bahasa Indonesia and in English, with the same placeholders', () => {
    expectMatchingCatalogues({ id: FRONT_MESSAGES_ID, en: FRONT_MESSAGES_EN });
  });
});

import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { SKM_MESSAGES_EN } from './messages.en';
import { SKM_MESSAGES_ID } from './messages';

const MESSAGES = { id: SKM_MESSAGES_ID, en: SKM_MESSAGES_EN };

describe('message catalogues', () => {
  it('has every text in Bahasa Indonesia and in English, with the same placeholders', () => {
    expectMatchingCatalogues(MESSAGES);
  });
});

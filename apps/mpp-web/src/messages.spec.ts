import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { MPP_MESSAGES_EN } from './messages.en';
import { MPP_MESSAGES_ID } from './messages';

const MESSAGES = { id: MPP_MESSAGES_ID, en: MPP_MESSAGES_EN };

describe('message catalogues', () => {
  it('has every text in Bahasa Indonesia and in English, with the same placeholders', () => {
    expectMatchingCatalogues(MESSAGES);
  });
});

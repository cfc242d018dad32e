import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { MPP_MESSAGES_EN } from './messages.en';
import { MPP_MESSAGES_ID } from './messages';
import { PAGE_MESSAGES_EN } from './page-messages.en';
import { PAGE_MESSAGES_ID } from './page-messages';

const MESSAGES = { id: { ...MPP_MESSAGES_ID, ...PAGE_MESSAGES_ID }, en: { ...MPP_MESSAGES_EN, ...PAGE_MESSAGES_EN } };

describe('message catalogues', () => {
  it('has every text in Bahasa Indonesia and in English, with the same placeholders', () => {
    expectMatchingCatalogues(MESSAGES);
  });

  it('keeps the first screen’s texts and the other pages’ texts apart, so neither part hides a key of the other', () => {
    expect(Object.keys(PAGE_MESSAGES_ID).filter((key) => key in MPP_MESSAGES_ID)).toEqual([]);
  });
});

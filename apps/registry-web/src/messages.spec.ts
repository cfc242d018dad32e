import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { ADMIN_MESSAGES } from './admin/admin-messages';
import { REGISTRY_MESSAGES_EN } from './messages.en';
import { BASE_MESSAGES, REGISTRY_MESSAGES_ID } from './messages';
import { PAGE_MESSAGES_EN } from './page-messages.en';
import { PAGE_MESSAGES_ID } from './page-messages';

const MESSAGES = { id: { ...REGISTRY_MESSAGES_ID, ...PAGE_MESSAGES_ID }, en: { ...REGISTRY_MESSAGES_EN, ...PAGE_MESSAGES_EN } };

describe('message catalogues', () => {
  it('has every text in Bahasa Indonesia and in English, with the same placeholders', () => {
    expectMatchingCatalogues(MESSAGES);
  });

  it('does not let the administration texts overwrite a registry text', () => {
    const clashes = Object.keys(ADMIN_MESSAGES.id).filter((key) => key in BASE_MESSAGES.id);
    expect(clashes).toEqual([]);
  });

  it('keeps the first screen’s texts and the other pages’ texts apart, so neither part hides a key of the other', () => {
    const clashes = Object.keys(PAGE_MESSAGES_ID).filter((key) => key in REGISTRY_MESSAGES_ID);
    expect(clashes).toEqual([]);
  });
});

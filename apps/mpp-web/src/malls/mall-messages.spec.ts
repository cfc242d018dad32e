import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { MPP_MALL_MESSAGES } from './mall-messages';

describe('the malls list’s order and the name-and-address correction', () => {
  it('has every text in Bahasa Indonesia and in English, with the same placeholders', () => {
    expectMatchingCatalogues(MPP_MALL_MESSAGES);
  });
});

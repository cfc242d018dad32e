import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { FOLLOW_UP_MESSAGES_EN } from './messages.en';
import { FOLLOW_UP_MESSAGES_ID } from './messages';

describe('follow-up plan texts', () => {
  it('have the same keys and placeholders in Bahasa Indonesia and English, none empty', () => {
    expectMatchingCatalogues({ id: FOLLOW_UP_MESSAGES_ID, en: FOLLOW_UP_MESSAGES_EN });
  });

  it('name every plan and action status', () => {
    const keys = [
      ...['DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED'].map((status) => `status.${status}`),
      ...['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'].map((status) => `action.status.${status}`),
      ...['DONE', 'DROPPED'].map((outcome) => `close.${outcome}`),
    ];
    expect(keys.filter((key) => !(key in FOLLOW_UP_MESSAGES_ID))).toEqual([]);
  });
});

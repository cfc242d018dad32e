import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { FOLLOW_UP_MESSAGES_EN } from './messages.en';
import { FOLLOW_UP_MESSAGES_ID as FIRST_ID } from './messages';
import { FOLLOW_UP_PAGE_MESSAGES_EN } from './page-messages.en';
import { FOLLOW_UP_PAGE_MESSAGES_ID } from './page-messages';

const FOLLOW_UP_MESSAGES_ID = { ...FIRST_ID, ...FOLLOW_UP_PAGE_MESSAGES_ID };

describe('follow-up plan texts', () => {
  it('have the same keys and placeholders in Bahasa Indonesia and English, none empty', () => {
    expectMatchingCatalogues({ id: FOLLOW_UP_MESSAGES_ID, en: { ...FOLLOW_UP_MESSAGES_EN, ...FOLLOW_UP_PAGE_MESSAGES_EN } });
  });

  it('keep the summary’s texts and the pages’ texts apart, so neither part hides a key of the other', () => {
    expect(Object.keys(FOLLOW_UP_PAGE_MESSAGES_ID).filter((key) => key in FIRST_ID)).toEqual([]);
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

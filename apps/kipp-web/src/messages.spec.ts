import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { KIPP_MESSAGES_EN } from './messages.en';
import { KIPP_MESSAGES_ID } from './messages';
import { PAGE_MESSAGES_EN } from './page-messages.en';
import { PAGE_MESSAGES_ID } from './page-messages';

const KIPP_MESSAGES = { id: { ...KIPP_MESSAGES_ID, ...PAGE_MESSAGES_ID }, en: { ...KIPP_MESSAGES_EN, ...PAGE_MESSAGES_EN } };

describe('every text in both catalogues', () => {
  it('has the same keys and placeholders in Bahasa Indonesia and English, none empty', () => {
    expectMatchingCatalogues(KIPP_MESSAGES);
  });

  it('keeps the first screen’s texts and the other pages’ texts apart, so neither part hides a key of the other', () => {
    expect(Object.keys(PAGE_MESSAGES_ID).filter((key) => key in KIPP_MESSAGES_ID)).toEqual([]);
  });

  it('has a text for every value of the enums shown through templated keys', () => {
    const prefixes: Record<string, string[]> = {
      group: ['UMUM', 'REPLIKASI', 'KHUSUS'],
      stage: [
        'REGISTRATION',
        'ADMINISTRATIVE_SELECTION',
        'DESK_ASSESSMENT',
        'TOP99_PANEL',
        'OBJECTION_WINDOW',
        'PRESENTATION',
        'FIELD_VERIFICATION',
        'TOP45',
      ],
      proposalStatus: ['DRAFT', 'SUBMITTED', 'ADMIN_PASSED', 'ADMIN_FAILED', 'TOP99', 'DISQUALIFIED', 'TOP45'],
      stageState: ['decided', 'open', 'upcoming', 'overdue'],
      award: ['TOP99', 'TOP45'],
      'filter.awardLevel': ['TOP99', 'TOP45'],
      'awards.level': ['TOP99', 'TOP45'],
      innovationStatus: ['CONTINUING', 'STOPPED', 'unknown'],
      agencyType: ['KEMENTERIAN', 'LEMBAGA', 'PROVINSI', 'KABUPATEN', 'KOTA', 'BUMN', 'BUMD', 'SWASTA'],
      notification: ['RETURNED', 'ADMIN_PASSED', 'ADMIN_FAILED', 'DISQUALIFIED'],
      balance: ['CATEGORY', 'GROUP', 'AGENCY_TYPE', 'PROVINCE', 'REGION_3T'],
      in3t: ['3T', 'NON_3T'],
      attachmentKind: ['DOKUMEN', 'FOTO', 'SURAT', 'DATA', 'LAINNYA'],
      tab: ['calendar', 'rubrics', 'proposals', 'assessment', 'top99', 'objections', 'top45', 'decisions'],
      'work.desk': ['title', 'text', 'link'],
      'work.localAdmin': ['title', 'text', 'link'],
      'work.nationalAdmin': ['title', 'text', 'link'],
      'work.te': ['title', 'text', 'link'],
      'work.tpi': ['title', 'text', 'link'],
      'shortlist.TOP99': ['title', 'text', 'caption', 'decideTitle', 'decideText', 'decide'],
      'shortlist.TOP45': ['title', 'text', 'caption', 'decideTitle', 'decideText', 'decide'],
      section: [
        'summary',
        'backgroundAndGoals',
        'novelty',
        'implementation',
        'significance',
        'adaptability',
        'resources',
        'sustainability',
        'inspiration',
        'replicationProcess',
        'differentiators',
      ],
      adminCheck: ['willPass', 'willFail', 'passed', 'failed'],
      aggregate: ['value', 'mean', 'trimmedMean', 'range', 'spread'],
    };
    const keys = Object.entries(prefixes).flatMap(([prefix, values]) => values.map((v) => `${prefix}.${v}`));
    const hints = prefixes['section'].map((key) => `section.${key}.hint`);
    expect([...keys, ...hints].filter((key) => !(key in KIPP_MESSAGES.id))).toEqual([]);
  });
});

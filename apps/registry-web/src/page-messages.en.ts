import { ADMIN_MESSAGES_EN } from './admin/admin-messages.en';
import { PLUGIN_MESSAGES_EN } from './plugins/plugin-messages.en';
import { READINESS_MESSAGES_EN } from './readiness/readiness-messages.en';

/** The pages' registry texts in English, as ./page-messages.ts merges them in Bahasa Indonesia. */
export const PAGE_MESSAGES_EN = {
  ...ADMIN_MESSAGES_EN,
  ...PLUGIN_MESSAGES_EN,
  ...READINESS_MESSAGES_EN,
};

import { registerMessages } from '@simpul/web-kit';
import { ADMIN_MESSAGES } from './admin/admin-messages';
import { PLUGIN_MESSAGES } from './plugins/plugin-messages';
import { READINESS_MESSAGES } from './readiness/readiness-messages';
import { REGISTRY } from './messages';

/**
 * The registry texts only pages other than the units list show (administration, plugins, readiness):
 * a part of the registry namespace that app.tsx loads with those pages' chunks, so the first screen
 * of /registry does not download them (issue #17).
 */
export const PAGE_MESSAGES_ID = {
  ...ADMIN_MESSAGES.id,
  ...PLUGIN_MESSAGES.id,
  ...READINESS_MESSAGES.id,
};

registerMessages(
  REGISTRY,
  { id: PAGE_MESSAGES_ID, en: () => import('./page-messages.en').then((module) => module.PAGE_MESSAGES_EN) },
  'pages',
);

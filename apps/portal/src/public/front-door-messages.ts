import { registerMessages } from '@simpul/web-kit';
import { FRONT_MESSAGES_ID } from './front-door-messages.id';

/** The public front door's texts (signed-out home, its charts, tables and map), apart from the portal's own catalogue. */
export const FRONT = 'portal.front';

export { FRONT_MESSAGES_ID } from './front-door-messages.id';

// English is a chunk of its own, fetched only when English is shown (issue #17).
registerMessages(FRONT, { id: FRONT_MESSAGES_ID, en: () => import('./front-door-messages.en').then((module) => module.FRONT_MESSAGES_EN) });

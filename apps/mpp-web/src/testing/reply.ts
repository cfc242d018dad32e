import { typedReply } from '@simpul/ui/testing';
import type { Operations } from '../__generated__/operations';

/** `reply('Name', data)`: a fake-network answer whose data typecheck holds to the generated types. */
export const reply = typedReply<Operations>();

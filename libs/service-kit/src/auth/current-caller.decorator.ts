import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Identity } from '@simpul/contracts';
import { unauthenticated } from '../errors/simpul-error';
import { callerOf } from './access';

/** The Caller of this request (an Identity, or null for the public). */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext) => callerOf(context));

/**
 * The caller of a handler whose `@Access(...)` refuses the public: the guard has already run, so the
 * feature gets an Identity and repeats no check. The throw only guards a handler wrongly declared 'public'.
 */
export const SignedInCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Identity => {
  const caller = callerOf(context);
  if (!caller) throw unauthenticated();
  return caller;
});

import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Identity } from '@simpul/contracts';
import { callerOf, unauthenticated } from '@simpul/service-kit';

/**
 * The caller of a handler whose `@Access(...)` names roles: the guard has already refused the
 * public, so the feature gets an Identity and repeats no role check. The throw only guards a
 * handler wrongly declared 'public'.
 */
export const SignedInCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Identity => {
  const caller = callerOf(context);
  if (!caller) throw unauthenticated();
  return caller;
});

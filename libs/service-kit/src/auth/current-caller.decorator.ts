import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { callerOf } from './access';

/** The Caller of this request (an Identity, or null for the public). */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext) => callerOf(context));

import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { isRole, type Caller, type Role } from '@simpul/contracts';
import type { SubgraphRequest } from './internal-auth.middleware';
import { forbidden, SimpulError, unauthenticated } from '../errors/simpul-error';

export const ACCESS_METADATA = 'simpul:access';

/** `public`: anyone, including the anonymous public; `signed-in`: any identity; or a list of roles. */
export type AccessRule = 'public' | 'signed-in' | readonly Role[];

/**
 * Declares who may call a resolver or controller method. Every Query, Mutation and entity reference
 * must declare it: `AccessGuard` refuses handlers without it, and a test checks every resolver class.
 * Finer rules (a desk editing only its own unit) are enforced in the service with the Caller.
 */
export function Access(...rule: ['public'] | ['signed-in'] | Role[]): MethodDecorator & ClassDecorator {
  const value: AccessRule = rule[0] === 'public' || rule[0] === 'signed-in' ? rule[0] : rule;
  return SetMetadata(ACCESS_METADATA, value);
}

/** Throws UNAUTHENTICATED for the public and FORBIDDEN for other roles. */
export function requireRole(caller: Caller, ...roles: Role[]): asserts caller is NonNullable<Caller> {
  requireSignedIn(caller);
  if (!roles.includes(caller.role)) throw forbidden();
}

export function requireSignedIn(caller: Caller): asserts caller is NonNullable<Caller> {
  if (!caller) throw unauthenticated();
}

/** Checks a caller against a rule, throwing the matching SimpulError. */
export function checkAccess(rule: AccessRule, caller: Caller): void {
  if (rule === 'public') return;
  requireSignedIn(caller);
  if (rule === 'signed-in') return;
  if (!rule.includes(caller.role) || !isRole(caller.role)) throw forbidden();
}

export function callerOf(context: ExecutionContext): Caller {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ caller?: Caller }>().caller ?? null;
  }
  return context.switchToHttp().getRequest<SubgraphRequest>().simpul?.caller ?? null;
}

/** Global guard: a handler without `@Access(...)` is a programming error and is refused. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (rule === undefined) {
      throw new SimpulError('INTERNAL_SERVER_ERROR', {
        en: `${context.getClass().name}.${context.getHandler().name} declares no access rule.`,
        id: `${context.getClass().name}.${context.getHandler().name} tidak menyatakan aturan akses.`,
      });
    }
    checkAccess(rule, callerOf(context));
    return true;
  }
}

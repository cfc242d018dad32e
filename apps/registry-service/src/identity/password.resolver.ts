import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access } from '@simpul/service-kit';
import { AuthPayload } from './auth-payload.type';
import { PasswordService } from './password.service';

@Resolver()
export class PasswordResolver {
  constructor(private readonly passwords: PasswordService) {}

  @Access('public')
  @Mutation(() => AuthPayload, { description: 'Mengatur kata sandi dari tautan undangan atau lupa kata sandi; tautan hanya sekali pakai' })
  setPassword(@Args('token') token: string, @Args('password') password: string): Promise<AuthPayload> {
    return this.passwords.setPassword(token, password);
  }

  @Access('public')
  @Mutation(() => Boolean, {
    description: 'Lupa kata sandi: mengirim tautan bila akunnya ada; selalu true agar keberadaan akun tidak terbuka',
  })
  requestPasswordReset(@Args('email') email: string, @Args('language', { nullable: true }) language?: string): Promise<boolean> {
    return this.passwords.requestPasswordReset(email, language);
  }
}

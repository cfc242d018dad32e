import { Module } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { startTestApp, type TestApp } from '../testing/test-app';
import { federationModule } from './federation-module';

@Resolver()
class GreetingResolver {
  @Query(() => String)
  greeting(@Args('times', { type: () => Int, nullable: true }) times?: number): string {
    return 'halo '.repeat(times ?? 1).trim();
  }
}

@Module({ imports: [federationModule({ schemaDetailsInErrors: false })], providers: [GreetingResolver] })
class ProductionModule {}

@Module({ imports: [federationModule({ schemaDetailsInErrors: true })], providers: [GreetingResolver] })
class DevelopmentModule {}

describe('a subgraph\'s "Did you mean" suggestions', () => {
  let production: TestApp;
  let development: TestApp;

  beforeAll(async () => {
    production = await startTestApp(ProductionModule);
    development = await startTestApp(DevelopmentModule);
  });

  afterAll(async () => {
    await production?.close();
    await development?.close();
  });

  it('names no field or argument in production', async () => {
    const field = await production.graphql('{ greting }');
    expect(field.errors?.[0].message).toMatch(/Cannot query field "greting"/);
    expect(field.errors?.[0].message).not.toMatch(/did you mean|greeting/i);
    const argument = await production.graphql('{ greeting(time: 2) }');
    expect(argument.errors?.[0].message).not.toMatch(/did you mean|"times"/i);
  });

  it('still suggests outside production', async () => {
    const { errors } = await development.graphql('{ greting }');
    expect(errors?.[0].message).toMatch(/Did you mean "greeting"\?/);
  });
});

import { Controller, Get, Module } from '@nestjs/common';
import { startTestApp, type TestApp } from '../testing/test-app';

@Controller()
class PingController {
  @Get('ping')
  ping(): { ok: boolean } {
    return { ok: true };
  }
}

@Module({ controllers: [PingController] })
class PingModule {}

describe('security headers on every service (createSubgraphApp)', () => {
  let service: TestApp;

  beforeAll(async () => {
    service = await startTestApp(PingModule);
  });

  afterAll(async () => {
    await service?.close();
  });

  it.each(['/ping', '/graphql'])('are sent on %s, whoever asks', async (route) => {
    const response = await fetch(`${service.url}${route}`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
    );
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-site');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

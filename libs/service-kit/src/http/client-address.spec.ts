import type { Request } from 'express';
import { clientAddressOf } from './client-address';

const request = (headers: Record<string, string>, remoteAddress?: string) =>
  ({ header: (name: string) => headers[name.toLowerCase()], socket: { remoteAddress } }) as unknown as Request;

describe('clientAddressOf', () => {
  it('takes the first X-Forwarded-For value, else the socket address, else "unknown"', () => {
    expect(clientAddressOf(request({ 'x-forwarded-for': ' 10.0.0.7 , 172.16.0.1' }, '127.0.0.1'))).toBe('10.0.0.7');
    expect(clientAddressOf(request({}, '127.0.0.1'))).toBe('127.0.0.1');
    expect(clientAddressOf(request({ 'x-forwarded-for': ' ' }))).toBe('unknown');
  });
});

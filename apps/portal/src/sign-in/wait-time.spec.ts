import { waitTime } from './wait-time';

describe('how long a throttled person must wait', () => {
  it('counts seconds under a minute', () => {
    expect(waitTime(1)).toEqual({ key: 'signIn.rateLimited.second', count: 1 });
    expect(waitTime(45)).toEqual({ key: 'signIn.rateLimited.seconds', count: 45 });
  });

  it('rounds a minute or more up to whole minutes', () => {
    expect(waitTime(60)).toEqual({ key: 'signIn.rateLimited.minute', count: 1 });
    expect(waitTime(61)).toEqual({ key: 'signIn.rateLimited.minutes', count: 2 });
    expect(waitTime(900)).toEqual({ key: 'signIn.rateLimited.minutes', count: 15 });
  });

  it('says a minute when the server gave no time', () => {
    expect(waitTime(undefined)).toEqual({ key: 'signIn.rateLimited.minute', count: 1 });
  });
});

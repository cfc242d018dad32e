import { act, renderHook } from '@testing-library/react';
import { useDebounced } from './use-debounced';

describe('useDebounced', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('keeps the old value while the input keeps changing and takes the last one once it pauses', () => {
    const { result, rerender } = renderHook(({ value }) => useDebounced(value, 300), { initialProps: { value: 'a' } });
    rerender({ value: 'ab' });
    act(() => void jest.advanceTimersByTime(200));
    rerender({ value: 'abc' });
    act(() => void jest.advanceTimersByTime(200));
    expect(result.current).toBe('a');
    act(() => void jest.advanceTimersByTime(100));
    expect(result.current).toBe('abc');
  });
});

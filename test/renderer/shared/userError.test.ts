import { describe, expect, it } from 'vitest';
import { errorText, toUserError } from '../../../renderer/shared/userError';

describe('toUserError', () => {
  it('keeps a host error and wraps anything else', () => {
    expect(toUserError({ code: 'DATASET_MISSING', message: 'gone', hint: 'check' })).toEqual({
      code: 'DATASET_MISSING',
      message: 'gone',
      hint: 'check',
    });
    expect(toUserError(new Error('boom'))).toEqual({ code: 'INTERNAL', message: 'boom', hint: '' });
    expect(toUserError('x')).toMatchObject({ message: 'x' });
  });
});

describe('errorText', () => {
  it('puts the hint after the message, when there is one', () => {
    expect(errorText({ code: 'DATASET_MISSING', message: 'gone', hint: 'check' })).toBe('gone — check');
    expect(errorText({ message: 'gone', hint: '' })).toBe('gone');
    expect(errorText(new Error('boom'))).toBe('boom');
    expect(errorText(7)).toBe('7');
  });
});

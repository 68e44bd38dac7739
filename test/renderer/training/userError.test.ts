import { describe, expect, it } from 'vitest';
import { toUserError } from '../../../renderer/training/userError';

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

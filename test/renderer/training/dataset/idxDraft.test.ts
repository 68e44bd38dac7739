import { describe, expect, it } from 'vitest';
import { draftOf, specOf } from '../../../../renderer/training/dataset/idxDraft';

describe('idx draft', () => {
  const empty = draftOf({ kind: 'builtin', name: 'mnist' });

  it('asks for the training pair first', () => {
    expect(specOf(empty)).toMatchObject({ ok: false, reason: expect.stringMatching(/training images/) });
  });

  it('makes a spec from trimmed paths and comma-separated class names', () => {
    const r = specOf({ ...empty, trainImages: ' a-images ', trainLabels: 'a-labels', classNames: 'cat, dog,' });
    expect(r).toEqual({
      ok: true,
      spec: { kind: 'idx', trainImages: 'a-images', trainLabels: 'a-labels', classNames: ['cat', 'dog'] },
    });
  });

  it('refuses a test file without its partner', () => {
    const r = specOf({ ...empty, trainImages: 'a', trainLabels: 'b', testImages: 'c' });
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/both test files/) });
  });

  it('round-trips a project spec', () => {
    const spec = {
      kind: 'idx' as const,
      trainImages: 'x',
      trainLabels: 'y',
      testImages: 'z',
      testLabels: 'w',
      classNames: ['a', 'b'],
    };
    expect(specOf(draftOf(spec))).toEqual({ ok: true, spec });
  });
});

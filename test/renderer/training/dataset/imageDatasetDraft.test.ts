import { describe, expect, it } from 'vitest';
import {
  csvDraftOf,
  csvSpecOf,
  folderDraftOf,
  folderSpecOf,
} from '../../../../renderer/training/dataset/imageDatasetDraft';

describe('folder and CSV dataset drafts', () => {
  it('makes a folder spec once a path is given, keeping the resize mode', () => {
    expect(folderSpecOf({ path: '  ', resize: 'stretch' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('folder'),
    });
    expect(folderSpecOf({ path: ' shapes/ ', resize: 'letterbox' })).toEqual({
      ok: true,
      spec: { kind: 'folder', path: 'shapes/', resize: 'letterbox' },
    });
    expect(folderDraftOf({ kind: 'folder', path: 'a', resize: 'centerCrop' })).toEqual({
      path: 'a',
      resize: 'centerCrop',
    });
    expect(folderDraftOf({ kind: 'builtin', name: 'mnist' })).toEqual({ path: '', resize: 'stretch' });
  });

  it('makes a CSV spec only when file, image column and label column(s) are named', () => {
    const draft = {
      path: 'data/labels.csv',
      imageColumn: 'file',
      labelColumns: '',
      task: 'classification' as const,
      resize: 'stretch' as const,
    };
    expect(csvSpecOf({ ...draft, path: '' })).toMatchObject({ ok: false, reason: 'Choose the CSV file.' });
    expect(csvSpecOf({ ...draft, imageColumn: ' ' })).toMatchObject({ ok: false });
    expect(csvSpecOf(draft)).toMatchObject({ ok: false, reason: expect.stringContaining('label') });
    expect(csvSpecOf({ ...draft, labelColumns: 'a, b' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('regression'),
    });
    expect(csvSpecOf({ ...draft, labelColumns: ' species ' })).toEqual({
      ok: true,
      spec: {
        kind: 'csv',
        path: 'data/labels.csv',
        imageColumn: 'file',
        labelColumn: 'species',
        task: 'classification',
        resize: 'stretch',
      },
    });
    expect(csvSpecOf({ ...draft, task: 'regression', labelColumns: 'x, y,' })).toMatchObject({
      ok: true,
      spec: { labelColumn: ['x', 'y'], task: 'regression' },
    });
  });

  it('round-trips a saved CSV spec through the form', () => {
    const spec = {
      kind: 'csv' as const,
      path: 'c.csv',
      imageColumn: 'img',
      labelColumn: ['h', 'w'],
      task: 'regression' as const,
      resize: 'letterbox' as const,
    };
    const again = csvSpecOf(csvDraftOf(spec));
    expect(again).toEqual({ ok: true, spec });
  });
});

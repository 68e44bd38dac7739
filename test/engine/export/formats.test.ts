import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, EXPORTERS, exportFormatInfo, isExportFormat } from '../../../engine/export';

describe('the export formats, listed once', () => {
  it('every format has a writer, a label and one line of description, in the order the UI lists them', () => {
    expect(EXPORT_FORMATS).toEqual(['tfjs', 'onnx', 'web', 'pytorch', 'keras']);
    expect(Object.keys(EXPORTERS).sort()).toEqual([...EXPORT_FORMATS].sort());
    for (const format of EXPORT_FORMATS) {
      const { label, description } = exportFormatInfo(format);
      expect(label.length).toBeGreaterThan(1);
      expect(description.length).toBeGreaterThan(20);
      expect(description).not.toContain('\n');
      expect(isExportFormat(format)).toBe(true);
    }
    expect(isExportFormat('nope')).toBe(false);
    expect(isExportFormat('toString')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { exportFormatInfo, hasExportFormatInfo } from '../../../engine/export/formatInfo';
import { EXPORT_FORMATS } from '../../../engine/export/formats';
import { EXPORTERS } from '../../../engine/export';

describe('export format list of the UI', () => {
  it('names and describes every registered format in one line', () => {
    for (const format of EXPORT_FORMATS) {
      expect(hasExportFormatInfo(format), `${format} is missing from engine/export/formatInfo.ts`).toBe(true);
      const { label, description } = exportFormatInfo(format);
      expect(label).toBe(EXPORTERS[format].label);
      expect(description.length).toBeGreaterThan(20);
      expect(description).not.toContain('\n');
    }
    expect(exportFormatInfo('nope')).toEqual({ label: 'nope', description: '' });
  });
});

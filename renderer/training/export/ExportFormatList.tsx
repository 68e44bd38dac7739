import './export.css';
import { EXPORT_FORMATS, exportFormatInfo, type ExportFormat } from '../../../engine/core/export/formats';

interface Props {
  value: ExportFormat;
  onChange(format: ExportFormat): void;
  disabled?: boolean;
}

/** Every export format with its one-line description, as a radio group; Export writes the chosen one. */
export function ExportFormatList({ value, onChange, disabled }: Props) {
  return (
    <fieldset className="tp-export" disabled={disabled}>
      <legend>Export format</legend>
      {EXPORT_FORMATS.map(format => {
        const { label, description } = exportFormatInfo(format);
        return (
          <label key={format} className="tp-export__item">
            <input
              type="radio"
              name="export-format"
              value={format}
              checked={value === format}
              onChange={() => onChange(format)}
            />
            <span className="tp-export__label">{label}</span>
            <span className="tp-export__description">{description}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

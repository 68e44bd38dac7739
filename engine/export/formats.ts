/** Export format names, kept apart from the exporters so the UI can list them without Node code. */
export const EXPORT_FORMATS = ['tfjs', 'onnx', 'web', 'pytorch', 'keras'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

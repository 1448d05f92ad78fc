import { safeFileName } from '../../shared/common/file-name';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const SVG_MIME = 'image/svg+xml';
export const JSON_MIME = 'application/json';

/** A built file as the API hands it over: a safe name, its type, its bytes as base64. */
export const exportFile = (name: string, extension: string, mimeType: string, buffer: Buffer) => ({
  fileName: `${safeFileName(name)}.${extension}`,
  mimeType,
  base64: buffer.toString('base64'),
});

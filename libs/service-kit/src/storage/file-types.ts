/** A kind of file a service accepts: its extensions, the one MIME type, the bytes it starts with. */
export interface FileType {
  extensions: readonly string[];
  mimeType: string;
  /** Every genuine file of this type starts with these bytes (its "magic number"). */
  magic: readonly number[];
}

export const PDF: FileType = { extensions: ['pdf'], mimeType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] };
export const PNG: FileType = { extensions: ['png'], mimeType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] };
export const JPEG: FileType = { extensions: ['jpg', 'jpeg'], mimeType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] };
// Office Open XML files are ZIP archives; the magic bytes cannot tell a .docx from any other ZIP.
export const DOCX: FileType = {
  extensions: ['docx'],
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  magic: [0x50, 0x4b, 0x03, 0x04],
};
export const XLSX: FileType = {
  extensions: ['xlsx'],
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  magic: [0x50, 0x4b, 0x03, 0x04],
};

/** Signed letters and studies: scans as PDF or photos. */
export const SIGNED_DOCUMENT_TYPES: readonly FileType[] = [PDF, PNG, JPEG];

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

export function startsWithMagic(bytes: Uint8Array, type: FileType): boolean {
  return bytes.length >= type.magic.length && type.magic.every((byte, index) => bytes[index] === byte);
}

/** Document types accepted for credentials, recognised from their first bytes, never from the name. */
export type DocumentKind = { contentType: "application/pdf" | "image/jpeg" | "image/png"; ext: "pdf" | "jpg" | "png" };

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

export function sniffDocumentType(bytes: Uint8Array): DocumentKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { contentType: "application/pdf", ext: "pdf" }; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { contentType: "image/png", ext: "png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { contentType: "image/jpeg", ext: "jpg" };
  return null;
}

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/**
 * Keeps only a display name: the last path segment, no control or path characters, at most 120
 * characters. It is shown and used in Content-Disposition, never as a storage path.
 */
export function safeDisplayName(name: string, ext: string): string {
  const last = name.split(/[\\/]/).pop() ?? "";
  const cleaned = last
    .normalize("NFKC")
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, "")
    .replace(/^\.+/, "")
    .trim()
    .slice(0, 120);
  return cleaned || `document.${ext}`;
}

import type { EvidenceContentType } from '../../shared/evidence/evidence.schema';

const startsWith = (bytes: Buffer, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const pdf = [ascii('%PDF-')];
const png = [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]];
const jpeg = [[0xff, 0xd8, 0xff]];
const gif = [ascii('GIF87a'), ascii('GIF89a')];
// .docx and .xlsx are ZIP packages; .doc, .xls and .msg are OLE compound files.
const zip = [[0x50, 0x4b, 0x03, 0x04]];
const ole = [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]];

/** The leading bytes a file of each binary type must start with. */
const signatures: Partial<Record<EvidenceContentType, readonly (readonly number[])[]>> = {
  'application/pdf': pdf,
  'image/png': png,
  'image/jpeg': jpeg,
  'image/gif': gif,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': zip,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': zip,
  'application/msword': ole,
  'application/vnd.ms-excel': ole,
  'application/vnd.ms-outlook': ole,
};

const utf16Boms = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

/**
 * Whether the bytes plausibly are what the declared type says, judged by their
 * first bytes, so a program renamed to invoice.pdf is refused.
 */
export function contentMatchesType(bytes: Buffer, contentType: EvidenceContentType): boolean {
  const expected = signatures[contentType];
  if (expected) return expected.some((signature) => startsWith(bytes, signature));
  // Text types (plain, CSV, RFC 822 mail): programs and other binary data show
  // themselves by NUL bytes in their headers, which only UTF-16 text legitimately has.
  if (utf16Boms.some((bom) => startsWith(bytes, bom))) return true;
  return !bytes.subarray(0, 8192).includes(0);
}

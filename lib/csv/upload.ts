/** The most an import may upload, all files together. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Room for the multipart boundaries and part headers around the files. */
const FORM_OVERHEAD_BYTES = 256 * 1024;

/** An upload refused before planning: 400 (not CSV, not a form) or 413 (too large). */
export class UploadError extends Error {
  constructor(
    readonly status: 400 | 413,
    readonly code: 'BAD_UPLOAD' | 'PAYLOAD_TOO_LARGE',
    message: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

const tooLarge = () =>
  new UploadError(413, 'PAYLOAD_TOO_LARGE', `The upload is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB; split it into smaller imports.`);

/** Reads a request body, giving up as soon as it passes `limit` bytes (a missing Content-Length proves nothing). */
async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!body) return new Uint8Array(new ArrayBuffer(0));
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const CSV_TYPES = new Set(['', 'text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel', 'application/octet-stream']);

/**
 * The CSV files of a multipart upload as text. Refuses (UploadError) anything over the
 * size limit, a body that is not a form with files, a file that is not CSV by name and
 * type, and text that is not UTF-8.
 */
export async function readCsvUpload(request: Request): Promise<{ name: string; text: string }[]> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES) throw tooLarge();
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    throw new UploadError(400, 'BAD_UPLOAD', 'Send the CSV files as a multipart form (multipart/form-data) with one or more "file" fields.');
  }
  const bytes = await readLimited(request.body, MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES);
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new UploadError(400, 'BAD_UPLOAD', 'The upload is not a readable multipart form.');
  }
  const files = [...form.values()].filter((value): value is File => typeof value !== 'string');
  if (files.length === 0) throw new UploadError(400, 'BAD_UPLOAD', 'No file was uploaded: choose one or more CSV files.');
  if (files.reduce((n, f) => n + f.size, 0) > MAX_UPLOAD_BYTES) throw tooLarge();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const out: { name: string; text: string }[] = [];
  for (const file of files) {
    const name = file.name || 'upload.csv';
    if (!name.toLowerCase().endsWith('.csv') || !CSV_TYPES.has(file.type.split(';')[0]?.trim().toLowerCase() ?? '')) {
      throw new UploadError(400, 'BAD_UPLOAD', `${name} is not a CSV file: save the sheet as CSV (UTF-8) and upload the .csv file.`);
    }
    try {
      out.push({ name, text: decoder.decode(await file.arrayBuffer()) });
    } catch {
      throw new UploadError(400, 'BAD_UPLOAD', `${name} is not UTF-8 text: save it as "CSV UTF-8".`);
    }
  }
  return out;
}

// A multipart/form-data body as a browser sends the evidence form: the text fields first, then
// the file (POST /api/v1/cases/:id/evidence reads them in that order).
export type FormFile = { name: string; type: string; body: Buffer };

export function multipartForm(fields: Record<string, string>, file: FormFile, boundary = '----netra-test-boundary'): { payload: Buffer; contentType: string } {
  const parts = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`;
  return { payload: Buffer.concat([Buffer.from(parts.join('') + head), file.body, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The eight bytes that make a file a PNG to the type sniffer, and a text after them. */
export const pngOf = (text: string): Buffer => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(text)]);

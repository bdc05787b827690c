// Reads all of standard input as bytes, so `--stdin` text is decoded exactly
// like a file (BOM, UTF-16, invalid UTF-8, binary refused).
export async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

// A link that carries the page's state in its fragment (after "#"), which a
// browser keeps to itself: it is never part of a request. Text is
// deflate-compressed where the browser can (CompressionStream), then base64url.

export interface SharedState {
  text: string;
  market?: string;
  preset?: string;
  docName?: string;
  config?: string;
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function through(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** "z" + deflated base64url, or "u" + plain base64url where deflate is unavailable. */
export async function packText(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  if (typeof CompressionStream === 'function') return `z${toBase64Url(await through(bytes, new CompressionStream('deflate-raw')))}`;
  return `u${toBase64Url(bytes)}`;
}

export async function unpackText(packed: string): Promise<string> {
  const kind = packed[0];
  const bytes = fromBase64Url(packed.slice(1));
  if (kind === 'u') return new TextDecoder().decode(bytes);
  if (kind === 'z') return new TextDecoder().decode(await through(bytes, new DecompressionStream('deflate-raw')));
  throw new Error('not a claimlint link');
}

export async function encodeFragment(state: SharedState): Promise<string> {
  const params = new URLSearchParams();
  if (state.market) params.set('market', state.market);
  if (state.preset) params.set('rules', state.preset);
  if (state.docName) params.set('name', state.docName);
  if (state.config) params.set('config', await packText(state.config));
  params.set('text', await packText(state.text));
  return `#${params.toString()}`;
}

/** The state a fragment carries, or undefined when it carries no text. */
export async function decodeFragment(hash: string): Promise<SharedState | undefined> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const text = params.get('text');
  if (text === null) return undefined;
  const state: SharedState = { text: await unpackText(text) };
  const market = params.get('market');
  const preset = params.get('rules');
  const docName = params.get('name');
  const config = params.get('config');
  if (market) state.market = market;
  if (preset) state.preset = preset;
  if (docName) state.docName = docName;
  if (config) state.config = await unpackText(config);
  return state;
}

// The one byte-order-mark rule: a leading U+FEFF is not part of the text.
// Offsets in results count from after it, and --fix puts it back on write.
export const BOM = '\uFEFF';

export function hasBom(text: string): boolean {
  return text.charCodeAt(0) === 0xfeff;
}

export function stripBom(text: string): string {
  return hasBom(text) ? text.slice(1) : text;
}

/**
 * A short fingerprint of parsed data (FNV-1a over its JSON). The prerendered HTML carries the
 * fingerprint of the data it was rendered from; the browser hydrates it only when the data it
 * loaded has the same one, and otherwise renders afresh. Not a security measure: it tells
 * "same files" from "different files", nothing more.
 */
export function dataFingerprint(...values: readonly unknown[]): string {
  const text = JSON.stringify(values);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

/**
 * An .xlsx file travels to the core as base64 inside the JSON request.
 * btoa() only takes a "binary string", and String.fromCharCode(...bytes)
 * overflows the call stack on large files, so bytes are converted in slices.
 */
const SLICE = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  }
  return btoa(binary);
}


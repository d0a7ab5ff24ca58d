/** Bytes of an article file → its text, or why the bytes are not an article. */
export function decodeArticle(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.length === 0) return { problem: "skipped: the file is empty." };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: "skipped: it is UTF-16 text; save it as UTF-8." };
  }
  if (bytes.subarray(0, 8192).includes(0))
    return { problem: "skipped: it looks like a binary file, not text." };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { problem: "skipped: it is not valid UTF-8 text; save it as UTF-8." };
  }
  if (text.trim() === "") return { problem: "skipped: the file has no text." };
  return { text };
}

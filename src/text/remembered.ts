// Copies repeat their originals' sentences word for word, and several readers read the same
// sentence: a reading is remembered per text while a story is analysed, the table emptied when full
// so memory stays bounded. What it returns is shared between callers: nothing may change it.

/** `read`, remembered for the last `kept` distinct texts. */
export function rememberedPerText<T>(read: (text: string) => T, kept = 10_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as T;
    const value = read(text);
    if (memo.size >= kept) memo.clear();
    memo.set(text, value);
    return value;
  };
}

/**
 * A reading remembered by a text and one more key (the quotation marks around a sentence, the date a
 * text is read against), the outer key looked up as it is, never joined into a new string. At most
 * `kept` readings; the table is emptied when full.
 */
export function rememberedByTwoKeys<T>(kept = 10_000): (outer: string, inner: string, read: () => T) => T {
  const memo = new Map<string, Map<string, T>>();
  let count = 0;
  return (outer, inner, read) => {
    const known = memo.get(outer);
    if (known?.has(inner)) return known.get(inner) as T;
    const value = read();
    if (count >= kept) {
      memo.clear();
      count = 0;
    }
    const byInner = memo.get(outer) ?? new Map<string, T>();
    memo.set(outer, byInner);
    byInner.set(inner, value);
    count++;
    return value;
  };
}

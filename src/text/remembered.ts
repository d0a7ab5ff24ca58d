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

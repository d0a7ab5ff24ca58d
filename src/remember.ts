/** Keeps a value in a bounded map, dropping the entries set longest ago while the map is full. */
export function remember<K, V>(cache: Map<K, V>, key: K, value: V, limit: number): void {
  cache.delete(key);
  // Walked only when full: most calls find room, and an iterator for each was a measurable cost.
  if (cache.size >= limit) {
    for (const oldest of cache.keys()) {
      if (cache.size < limit) break;
      cache.delete(oldest);
    }
  }
  cache.set(key, value);
}

/** Keeps a value in a bounded map, dropping the entries set longest ago while the map is full. */
export function remember<K, V>(cache: Map<K, V>, key: K, value: V, limit: number): void {
  cache.delete(key);
  for (const oldest of cache.keys()) {
    if (cache.size < limit) break;
    cache.delete(oldest);
  }
  cache.set(key, value);
}

/** Keeps a value in a bounded map, dropping the entry set longest ago when the map is full. */
export function remember<K, V>(cache: Map<K, V>, key: K, value: V, limit: number): void {
  if (cache.size >= limit && !cache.has(key)) cache.delete(cache.keys().next().value as K);
  cache.set(key, value);
}

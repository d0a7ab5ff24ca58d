// Lists the analysers hand to one another, built in one place. `filter` and `map` make their result
// without the literal's memory of what it held: an empty result has another elements kind (small
// integers) than a filled one, and `map`'s is holey until V8 optimises the caller and packed after.
// A function optimised on one kind is thrown away and recompiled when the other arrives. A list
// pushed into the one literal below takes that literal's kind, which V8 widens once to hold objects:
// from then on every list made here, empty or not, has the same shape.

/** The items `test` accepts, in order. */
export function kept<T, S extends T>(items: Iterable<T>, test: (item: T, i: number) => item is S): S[];
export function kept<T>(items: Iterable<T>, test: (item: T, i: number) => boolean): T[];
export function kept<T>(items: Iterable<T>, test: (item: T, i: number) => boolean): T[] {
  const out: T[] = [];
  let i = 0;
  for (const item of items) if (test(item, i++)) out.push(item);
  return out;
}

/** What `read` makes of each item, in order. */
export function mapped<T, U>(items: Iterable<T>, read: (item: T, i: number) => U): U[] {
  const out: U[] = [];
  let i = 0;
  for (const item of items) out.push(read(item, i++));
  return out;
}

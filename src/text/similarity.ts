// Bag-of-words similarity between sentences: enough to tell which sentences several reports share.

const STOPWORDS = new Set(
  "a an the and or but of in on at to for from by with as is are was were be been being has have had it its this that these those he she they them his her their we our you your i not no said says say also than then there which who whom what when where while would will could can may might into about after before over under more most some any all such only other its one two".split(
    " ",
  ),
);

/** Content words, lower-cased and crudely stemmed, so "strikes" and "struck" do not matter but "strike" does. */
export function terms(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  const keep = (w: string) => {
    if (w.length > 1 && !STOPWORDS.has(w)) out.push(stem(w));
  };
  if (ASCII.test(lower)) {
    // Printable ASCII has no decomposition, and its letters and digits once lower-cased are a-z and
    // 0-9: most English text is read by a plain scan, without the normaliser or a Unicode pattern.
    let start = -1;
    for (let i = 0; i <= lower.length; i++) {
      const c = i < lower.length ? lower.charCodeAt(i) : 0;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        keep(lower.slice(start, i));
        start = -1;
      }
    }
    return out;
  }
  const folded = lower.normalize("NFKD");
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) keep(m[0]);
  return out;
}

const ASCII = /^[\t\n\r -~]*$/;
const WORD = /[\p{L}\p{N}]+/gu;

/** The word less its ending "ing", "ed", "es" or "s" (the word itself when nothing else is left). */
function stem(w: string): string {
  const cut = w.endsWith("ing") ? 3 : w.endsWith("ed") || w.endsWith("es") ? 2 : w.endsWith("s") ? 1 : 0;
  return cut > 0 && cut < w.length ? w.slice(0, -cut) : w;
}

export type Vector = Map<string, number>;

export function vectorOf(words: string[], idf: (term: string) => number = () => 1): Vector {
  const v: Vector = new Map();
  for (const w of words) v.set(w, (v.get(w) ?? 0) + idf(w));
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  return cosineWithNorms(a, squaredNorm(a), b, squaredNorm(b));
}

/** The sum of a vector's squared weights, for comparing it many times without summing again. */
export function squaredNorm(v: Vector): number {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  return sum;
}

/** `cosine` with both squared norms already known. */
export function cosineWithNorms(a: Vector, na: number, b: Vector, nb: number): number {
  if (na === 0 || nb === 0) return 0;
  let dot = 0;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y !== undefined) dot += x * y;
  }
  return dot / Math.sqrt(na * nb);
}

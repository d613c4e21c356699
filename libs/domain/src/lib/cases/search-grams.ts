/**
 * Keyword search over Chinese text without a word segmenter: every run of letters, digits or CJK
 * characters is cut into overlapping two-character grams ("土地承包" → 土地, 地承, 承包). A stored
 * case keeps the set of its grams (GIN-indexed array); a keyword of two or more characters matches
 * when the case holds all of the keyword's grams, and the text itself is then checked, so a
 * two-character word like 土地 and a three-character one like 拆迁款 are both found by index.
 */
const RUN = /[\p{L}\p{N}]+/gu;

export function searchGrams(...texts: (string | null | undefined)[]): string[] {
  const grams = new Set<string>();
  for (const text of texts) {
    for (const run of (text ?? '').toLowerCase().match(RUN) ?? []) {
      const chars = [...run];
      for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
    }
  }
  return [...grams];
}

/** The grams a keyword requires; empty for a one-character keyword (searched without the index). */
export function keywordGrams(keyword: string): string[] {
  return searchGrams(keyword);
}

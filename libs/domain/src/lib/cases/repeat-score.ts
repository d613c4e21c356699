/**
 * Repeat detection (重复信访, DOMAIN.md §1.4): a repeat is the same person (同人) bringing the same
 * matter (同事). Each candidate earlier case gets a person score and a matter score in [0, 1]; their
 * product ranks candidates. The weights are our choice (the law defines 同人+同事, not a score):
 * exact identifiers weigh most, a similar name counts only within the same village, and the matter
 * combines the content category with the text similarity of title and request.
 */
export interface PersonSignals {
  sameIdNumber: boolean;
  samePhone: boolean;
  /** pg_trgm similarity of the names (0–1). */
  nameSimilarity: number;
  sameVillage: boolean;
}

export interface MatterSignals {
  sameCategory: boolean;
  /** Same L1 heading when the L2 entries differ. */
  sameCategoryHeading: boolean;
  /** pg_trgm similarity of title + request (0–1). */
  textSimilarity: number;
}

export interface RepeatScore {
  person: number;
  matter: number;
  /** person × matter, rounded to two decimals. */
  score: number;
  reasons: string[];
  /** Both scores high enough to offer the case as a likely repeat (staff still decide). */
  likelyRepeat: boolean;
}

export const REPEAT_WEIGHTS = {
  idNumber: 1,
  phone: 0.9,
  /** Same village and a similar name: base + weight × similarity, from a similarity of MIN_NAME_SIMILARITY. */
  nameBase: 0.35,
  nameWeight: 0.5,
  minNameSimilarity: 0.3,
  /** A text similarity at or above this counts fully. */
  fullTextSimilarity: 0.5,
  likelyPerson: 0.6,
  likelyMatter: 0.6,
} as const;

const round = (n: number): number => Math.round(n * 100) / 100;
/** A similarity in [0, 1] as people read it: `43%`. */
export const similarityPercent = (n: number): string => `${Math.round(n * 100)}%`;

export function personScore(s: PersonSignals): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0;
  if (s.sameIdNumber) {
    score = Math.max(score, REPEAT_WEIGHTS.idNumber);
    reasons.push('身份证号码相同');
  }
  if (s.samePhone) {
    score = Math.max(score, REPEAT_WEIGHTS.phone);
    reasons.push('电话号码相同');
  }
  if (s.sameVillage && s.nameSimilarity >= REPEAT_WEIGHTS.minNameSimilarity) {
    score = Math.max(score, REPEAT_WEIGHTS.nameBase + REPEAT_WEIGHTS.nameWeight * s.nameSimilarity);
    reasons.push(s.nameSimilarity >= 0.999 ? '同村同名' : `同村姓名相近（相似度 ${similarityPercent(s.nameSimilarity)}）`);
  }
  return { score: round(score), reasons };
}

export function matterScore(s: MatterSignals): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  const category = s.sameCategory ? 1 : s.sameCategoryHeading ? 0.5 : 0;
  if (s.sameCategory) reasons.push('内容分类相同');
  else if (s.sameCategoryHeading) reasons.push('内容分类同属一类');
  const text = Math.min(1, s.textSimilarity / REPEAT_WEIGHTS.fullTextSimilarity);
  if (s.textSimilarity >= 0.2) reasons.push(`诉求内容相似（相似度 ${similarityPercent(s.textSimilarity)}）`);
  return { score: round(0.5 * category + 0.5 * text), reasons };
}

export function repeatScore(person: PersonSignals, matter: MatterSignals): RepeatScore {
  const p = personScore(person);
  const m = matterScore(matter);
  const likelyRepeat = p.score >= REPEAT_WEIGHTS.likelyPerson && m.score >= REPEAT_WEIGHTS.likelyMatter;
  const reasons = [...p.reasons, ...m.reasons];
  if (p.score >= REPEAT_WEIGHTS.likelyPerson && !likelyRepeat) reasons.push('同人不同事，不属重复信访');
  return { person: p.score, matter: m.score, score: round(p.score * m.score), reasons, likelyRepeat };
}

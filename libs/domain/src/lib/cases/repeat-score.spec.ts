import { matterScore, personScore, repeatScore, similarityPercent } from './repeat-score';

const noPerson = { sameIdNumber: false, samePhone: false, nameSimilarity: 0, sameVillage: false };
const sameMatter = { sameCategory: true, sameCategoryHeading: true, textSimilarity: 0.6 };
const otherMatter = { sameCategory: false, sameCategoryHeading: false, textSimilarity: 0.05 };

describe('repeat scores', () => {
  it('orders the evidence of the same person: ID number > phone > similar name in the same village', () => {
    const id = personScore({ ...noPerson, sameIdNumber: true });
    const phone = personScore({ ...noPerson, samePhone: true });
    const name = personScore({ ...noPerson, sameVillage: true, nameSimilarity: 0.5 });
    expect(id.score).toBeGreaterThan(phone.score);
    expect(phone.score).toBeGreaterThan(name.score);
    expect(name.reasons[0]).toBe('同村姓名相近（相似度 50%）');
  });

  it('ignores a similar name in another village, and a too different name', () => {
    expect(personScore({ ...noPerson, nameSimilarity: 1 }).score).toBe(0);
    expect(personScore({ ...noPerson, sameVillage: true, nameSimilarity: 0.1 }).score).toBe(0);
  });

  it('scores the matter by category and text', () => {
    expect(matterScore(sameMatter).score).toBe(1);
    expect(matterScore({ ...sameMatter, sameCategory: false }).score).toBe(0.75);
    expect(matterScore(otherMatter).score).toBe(0.05);
    // Reasons are read by staff: a percentage, never a raw 0.43.
    expect(matterScore({ ...sameMatter, textSimilarity: 0.434 }).reasons).toContain('诉求内容相似（相似度 43%）');
    expect(similarityPercent(0.94)).toBe('94%');
  });

  it('a different matter by the same person is not a likely repeat, and says why', () => {
    const other = repeatScore({ ...noPerson, sameIdNumber: true }, otherMatter);
    expect(other.likelyRepeat).toBe(false);
    expect(other.reasons).toContain('同人不同事，不属重复信访');
    const same = repeatScore({ ...noPerson, sameIdNumber: true }, sameMatter);
    expect(same).toMatchObject({ likelyRepeat: true, score: 1 });
    expect(same.score).toBeGreaterThan(other.score);
  });
});

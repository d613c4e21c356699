import type { DataSource } from 'typeorm';
import { type SeededApp, startSeededApp } from '../../../../test/seeded-app';

const PASSWORD = 'case-lookup-test-password-1';

interface Found {
  id: string;
  caseNo: string;
  title: string;
  townshipName: string;
}

/**
 * A case picker's search (POST /api/cases/lookup): by case number, petitioner's name or title words,
 * and only among the cases the caller may see (cases/case-scope.ts, row-level security).
 */
describe('case lookup for pickers (real PostgreSQL)', () => {
  let t: SeededApp;
  let dataSource: DataSource;
  let auth: SeededApp['auth'];
  const http = () => t.http();
  let juluzhen: string;
  let wanghuzhai: string;
  let hrBureau: string;
  let own: Found;
  let foreign: Found;
  let accusingTown: Found;
  let accusingBureau: Found;

  const lookup = async (as: string, text: unknown, status = 200) => (await http().post('/api/cases/lookup').set(auth[as]).send({ text }).expect(status)).body;
  const numbersFound = async (as: string, text: string): Promise<string[]> => ((await lookup(as, text)) as Found[]).map((c) => c.caseNo);

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['reception', 'township', 'handler', 'supervisor']);
    ({ dataSource, auth } = t);
    juluzhen = await t.unitId('巨鹿镇');
    wanghuzhai = await t.unitId('王虎寨镇');
    hrBureau = await t.unitId('县人力资源和社会保障局');
    const petitioner = async (name: string, townshipId: string, extra: Record<string, string> = {}): Promise<string> =>
      (
        await http()
          .post('/api/petitioners')
          .set(auth.reception)
          .send({ name, idType: 'OTHER', townshipId, ...extra })
          .expect(201)
      ).body.id;
    const register = async (townshipId: string, petitionerId: string, title: string, extra: Record<string, unknown> = {}): Promise<Found> =>
      (
        await http()
          .post('/api/cases')
          .set(auth.reception)
          .send({
            channel: 'VISIT',
            source: 'DIRECT',
            matterType: 'APPEAL',
            categoryCode: '04',
            title,
            mainRequest: '请求依法处理',
            townshipId,
            peopleCount: 1,
            petitioners: [{ petitionerId, role: 'PRIMARY' }],
            ...extra,
          })
          .expect(201)
      ).body.case;
    const zhang = await petitioner('张三丰', juluzhen, { mobile: '13912345678' });
    const li = await petitioner('李四光', wanghuzhai);
    const wang = await petitioner('王五常', juluzhen);
    own = await register(juluzhen, zhang, '反映宅基地边界纠纷');
    foreign = await register(wanghuzhai, li, '反映宅基地边界纠纷');
    // Accusations against the township itself and against the bureau, both handled by the bureau.
    accusingTown = await register(juluzhen, wang, '举报镇干部违规收费', { matterType: 'ACCUSATION', involvedUnitId: juluzhen });
    accusingBureau = await register(juluzhen, wang, '举报社保经办违规', { matterType: 'ACCUSATION', involvedUnitId: hrBureau });
    await dataSource.query('UPDATE petition_case SET handling_unit_id = $1 WHERE id = ANY($2::uuid[])', [hrBureau, [own.id, accusingTown.id, accusingBureau.id]]);
  });

  afterAll(async () => {
    await t.close();
  });

  it('finds a case by its whole number, its leading digits and its closing digits (the year’s sequence)', async () => {
    expect(await numbersFound('township', own.caseNo)).toEqual([own.caseNo]);
    expect(await numbersFound('township', own.caseNo.slice(0, 10))).toContain(own.caseNo);
    expect(await numbersFound('township', own.caseNo.slice(-6))).toEqual([own.caseNo]);
    expect(await numbersFound('township', String(Number(own.caseNo.slice(-6))))).toContain(own.caseNo);
  });

  it('finds a case by part of a petitioner’s name or by words of its title, newest first, showing no ID or phone number', async () => {
    expect(await numbersFound('township', '三丰')).toEqual([own.caseNo]);
    expect(await numbersFound('reception', '宅基地')).toEqual([foreign.caseNo, own.caseNo]);
    const answer = JSON.stringify(await lookup('reception', '张三丰'));
    expect(answer).toContain(own.caseNo);
    expect(answer).not.toContain('13912345678');
    expect(answer).not.toContain('139****5678');
    expect(await numbersFound('township', '不存在的字词')).toEqual([]);
  });

  it('never offers a township officer another township’s case, by number, name or title', async () => {
    expect(await numbersFound('reception', foreign.caseNo)).toEqual([foreign.caseNo]);
    expect(await numbersFound('township', foreign.caseNo)).toEqual([]);
    expect(await numbersFound('township', foreign.caseNo.slice(-6))).not.toContain(foreign.caseNo);
    expect(await numbersFound('township', '李四光')).toEqual([]);
    const byTitle = (await lookup('township', '宅基地')) as Found[];
    expect(byTitle.map((c) => c.caseNo)).toEqual([own.caseNo]);
    expect(byTitle.every((c) => c.townshipName === '巨鹿镇')).toBe(true);
  });

  it('never offers a 检举控告 case to the unit it accuses, though the case lies in its township or is assigned to it', async () => {
    for (const text of [accusingTown.caseNo, '违规收费', '王五常']) expect(await numbersFound('township', text)).not.toContain(accusingTown.caseNo);
    expect(await numbersFound('township', accusingBureau.caseNo)).toEqual([accusingBureau.caseNo]);
    for (const text of [accusingBureau.caseNo, '社保经办']) expect(await numbersFound('handler', text)).toEqual([]);
    expect(await numbersFound('handler', accusingTown.caseNo)).toEqual([accusingTown.caseNo]);
    expect(await numbersFound('handler', '三丰')).toEqual([own.caseNo]);
    expect(await numbersFound('handler', foreign.caseNo)).toEqual([]);
    expect(await numbersFound('supervisor', '违规')).toEqual(expect.arrayContaining([accusingTown.caseNo, accusingBureau.caseNo]));
  });

  it('answers at most 20 matches', async () => {
    const [{ n }]: { n: number }[] = await dataSource.query('SELECT count(*)::int AS n FROM petition_case');
    const petitionerId = (await http().post('/api/petitioners').set(auth.reception).send({ name: '赵六', idType: 'OTHER', townshipId: juluzhen }).expect(201)).body.id;
    await Promise.all(
      Array.from({ length: 21 - n }, (_, i) =>
        http()
          .post('/api/cases')
          .set(auth.reception)
          .send({
            channel: 'VISIT',
            source: 'DIRECT',
            matterType: 'APPEAL',
            categoryCode: '04',
            title: `批量登记${i}`,
            mainRequest: '请求依法处理',
            townshipId: juluzhen,
            peopleCount: 1,
            petitioners: [{ petitionerId, role: 'PRIMARY' }],
          })
          .expect(201),
      ),
    );
    expect(await numbersFound('supervisor', '130529')).toHaveLength(20);
  });

  it.each([
    ['', '请输入案件编号'],
    ['   ', '请输入案件编号'],
    [undefined, '请输入案件编号'],
    ['字'.repeat(51), '不超过 50 个字符'],
  ])('refuses %p naming the field', async (text, message) => {
    const body = await lookup('township', text, 400);
    expect(body.message).toContain(message);
    expect(JSON.stringify(body.details)).toContain('text');
  });
});

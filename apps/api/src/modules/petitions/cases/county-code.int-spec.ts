import { runAsOwner } from '../../../core/database/row-security';
import { type SeededApp, startSeededApp } from '../../../../test/seeded-app';
import { yearInChina } from './case-registration.service';

/**
 * Issue 18.7: the county part of a case number comes from the county's org unit, not from code, so
 * another county's bureau deploys by importing its own org tree.
 */
describe('case numbers carry the county code of the org tree (real PostgreSQL)', () => {
  let t: SeededApp;

  beforeAll(async () => {
    t = await startSeededApp('county-code-password-1', ['reception']);
    // Another county's tree: 平乡县 (130532), before the first registration of this process.
    await runAsOwner(() => t.dataSource.query(`UPDATE org_unit SET code = '130532', name = '平乡县' WHERE type = 'COUNTY'`));
  });

  afterAll(async () => {
    await t.close();
  });

  it('numbers a registration with the county code read from the org tree', async () => {
    const [{ id: township }]: { id: string }[] = await t.dataSource.query(`SELECT id FROM org_unit WHERE name = '巨鹿镇'`);
    const petitioner = await t.http().post('/api/petitioners').set(t.auth.reception).send({ name: '王五', idType: 'OTHER', townshipId: township }).expect(201);
    const registered = await t
      .http()
      .post('/api/cases')
      .set(t.auth.reception)
      .send({
        channel: 'VISIT',
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '04',
        title: '反映土地承包经营权纠纷',
        mainRequest: '请求依法确认承包地边界',
        townshipId: township,
        peopleCount: 1,
        petitioners: [{ petitionerId: petitioner.body.id, role: 'PRIMARY' }],
      })
      .expect(201);
    expect(registered.body.case.caseNo).toMatch(new RegExp(`^130532${yearInChina(new Date())}\\d{6}$`));
  });
});

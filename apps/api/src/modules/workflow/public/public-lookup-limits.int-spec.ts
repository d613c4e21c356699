import request from 'supertest';
import { type SeededApp, startSeededApp } from '../../../../test/seeded-app';
import { chinaDate } from '@julu/domain';

const PASSWORD = 'lookup-limits-password-1';
const ID_NUMBER = '130529198503120035';

/**
 * PUBLIC_LOOKUP_MAX_ATTEMPTS = 10: per address 10 attempts / 15 min, per (code, address) 5 failures
 * / hour, per code 20 failures / hour. Addresses come from X-Forwarded-For: the test client is a
 * proxy on loopback, which TRUST_PROXY trusts by default.
 */
describe('public lookup limits (real PostgreSQL)', () => {
  let t: SeededApp;
  let petitionerId: string;
  const lookup = (queryCode: string, last4: string, from: string): request.Test =>
    request(t.app.getHttpServer()).post('/api/public/cases/lookup').set('X-Forwarded-For', from).send({ queryCode, last4 });
  const register = async (): Promise<string> => {
    const townshipId = await t.unitId('巨鹿镇');
    const res = await t
      .http()
      .post('/api/cases')
      .set(t.auth.reception)
      .send({
        channel: 'LETTER',
        receivedOn: chinaDate(new Date()),
        source: 'DIRECT',
        matterType: 'APPEAL',
        categoryCode: '03',
        title: '拖欠工资',
        mainRequest: '请求督促企业支付工资',
        townshipId,
        peopleCount: 1,
        petitioners: [{ petitionerId, role: 'PRIMARY' }],
      })
      .expect(201);
    return res.body.queryCode;
  };

  beforeAll(async () => {
    t = await startSeededApp(PASSWORD, ['reception'], { PUBLIC_LOOKUP_MAX_ATTEMPTS: '10' });
    const townshipId = await t.unitId('巨鹿镇');
    const person = await t
      .http()
      .post('/api/petitioners')
      .set(t.auth.reception)
      .send({ name: '查询测试人', idType: 'RESIDENT_ID', idNumber: ID_NUMBER, mobile: '13912345678', townshipId })
      .expect(201);
    petitionerId = person.body.id;
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers at most five of thirty parallel wrong guesses from one address; each 429 has Retry-After', async () => {
    const code = await register();
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => lookup(code, String(1000 + i), '198.51.100.1')));
    expect(answers.filter((a) => a.status === 404)).toHaveLength(5);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(25);
    for (const r of refused) expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('does not let an outsider who knows the code lock the petitioner out', async () => {
    const code = await register();
    for (let i = 0; i < 10; i++) await lookup(code, String(2000 + i), '203.0.113.9');
    await lookup(code, '0035', '203.0.113.9').expect(429);
    await lookup(code, '0035', '198.51.100.2').expect(200);
  });

  it('gives every client behind the reverse proxy its own budget', async () => {
    for (let i = 0; i < 10; i++) await lookup(`NOPE${i}AAAAAAA`, '1111', '198.51.100.3').expect(404);
    await lookup('NOPEXAAAAAAA', '1111', '198.51.100.3').expect(429);
    await lookup('NOPEXAAAAAAA', '1111', '198.51.100.4').expect(404);
  });

  it('stops a guess spread over many addresses at the per-code ceiling', async () => {
    const code = await register();
    for (let i = 0; i < 20; i++) await lookup(code, String(3000 + i), `192.0.2.${i + 1}`).expect(404);
    const refused = await lookup(code, '0035', '198.51.100.5').expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
  });

  it('lets the petitioner look a case up repeatedly: right answers do not use up the code', async () => {
    const code = await register();
    for (let i = 0; i < 4; i++) await lookup(code, '5678', '198.51.100.6').expect(200);
    for (let i = 0; i < 4; i++) await lookup(code, String(4000 + i), '198.51.100.6').expect(404);
    await lookup(code, '0035', '198.51.100.6').expect(200);
  });
});

// `npm run bench` (part 1): the intake API on a realistic volume, each figure next to a baseline
// measured in the same run (an authenticated request that does almost nothing). See harness.mjs.
import { measure, post, printTable, runPartOnCases, timed } from './harness.mjs';

const CASES = Number(process.env.BENCH_CASES || 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 100);

async function run({ base, login, get: getAs }) {
  const token = await login('reception');
  const supervisor = await login('supervisor');
  const get = (path, bearer = token) => getAs(path, bearer);
  const units = await get('/api/org-units');
  const julu = units.find((u) => u.name === '巨鹿镇').id;
  const person = await (await post(base, '/api/petitioners', { name: '基准测试', idType: 'RESIDENT_ID', idNumber: '11010519491231002X', townshipId: julu }, token)).json();
  const body = (i) => ({
    channel: 'VISIT',
    source: 'DIRECT',
    matterType: 'APPEAL',
    categoryCode: '04',
    title: `基准登记土地承包纠纷${i}`,
    mainRequest: '请求确认承包地边界',
    townshipId: julu,
    peopleCount: 1,
    petitioners: [{ petitionerId: person.id, role: 'PRIMARY' }],
  });

  const results = [];
  results.push(await measure('baseline: GET /api/auth/me', ROUNDS, () => get('/api/auth/me')));
  results.push(await measure('case list, first page (50)', ROUNDS, () => get('/api/cases?limit=50', supervisor)));
  results.push(await measure('case list, township filter', ROUNDS, () => get(`/api/cases?limit=50&townshipId=${julu}`, supervisor)));
  results.push(await measure('case list, keyword 土地 (2 chars)', ROUNDS, () => get(`/api/cases?limit=50&keyword=${encodeURIComponent('土地')}`, supervisor)));
  results.push(await measure('case list, keyword 拆迁款 (3 chars)', ROUNDS, () => get(`/api/cases?limit=50&keyword=${encodeURIComponent('拆迁款')}`, supervisor)));
  let cursor = null;
  results.push(
    await measure('case list, next page by cursor', ROUNDS, async () => {
      const page = await get(`/api/cases?limit=50${cursor ? `&after=${cursor}` : ''}`, supervisor);
      cursor = page.nextCursor;
    }),
  );
  results.push(
    await measure('petitioner lookup by ID number', ROUNDS, () => post(base, '/api/petitioners/lookup', { idNumber: '11010519491231002X' }, token).then((r) => r.json())),
  );
  results.push(
    await measure('repeat candidates (ID + text)', ROUNDS, () =>
      post(base, '/api/cases/repeat-candidates', { idNumber: '11010519491231002X', categoryCode: '04', text: '反映土地承包纠纷请求确认边界' }, token).then((r) => r.json()),
    ),
  );
  results.push(
    await measure('register a case (sequential)', ROUNDS, (i) =>
      post(base, '/api/cases', body(`s${i}`), token).then((r) => {
        if (r.status !== 201) throw new Error(`register ${r.status}`);
      }),
    ),
  );

  const concurrent = 200;
  const burst = await timed(async () => {
    const queue = Array.from({ length: concurrent }, (_, i) => i);
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
          const r = await post(base, '/api/cases', body(`c${i}`), token);
          if (r.status !== 201) throw new Error(`register ${r.status}`);
        }
      }),
    );
  });

  const exportJob = await (await post(base, '/api/exports', { ledger: 'CASES', query: {} }, supervisor)).json();
  const exportMs = await timed(async () => {
    for (;;) {
      const job = await get(`/api/exports/${exportJob.id}`, supervisor);
      if (job.status === 'DONE') return;
      if (job.status === 'FAILED') throw new Error(job.error);
      await new Promise((r) => setTimeout(r, 200));
    }
  });
  const exported = (await get(`/api/exports/${exportJob.id}`, supervisor)).done;

  printTable(`Intake benchmark: ${CASES.toLocaleString()} cases loaded, ${ROUNDS} rounds each`, results);
  console.log(`\n${concurrent} registrations, 10 at a time: ${(burst / 1000).toFixed(2)} s = ${(concurrent / (burst / 1000)).toFixed(0)} cases/s`);
  console.log(`background export of ${exported.toLocaleString()} cases: ${(exportMs / 1000).toFixed(1)} s = ${Math.round(exported / (exportMs / 1000)).toLocaleString()} rows/s`);
}

await runPartOnCases('intake', CASES, run);

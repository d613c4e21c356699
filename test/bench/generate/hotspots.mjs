// 信访隐患排查化解台账: hotspots found over the span in every township, most of the older ones
// resolved (closed_on set, status RESOLVED), the rest still being worked on.
import { copyRows } from './copy.mjs';
import { addDays, chinaDate } from './case-plan.mjs';
import { personName } from './people.mjs';
import { rng, uuidFor } from './random.mjs';

const ISSUES = ['征地补偿分歧', '企业欠薪', '拆迁安置', '村务公开', '环境污染投诉', '土地流转纠纷', '集资款兑付', '退役军人待遇'];

export async function loadHotspots(db, ctx, count) {
  const counters = new Map();
  const columns = [
    'id',
    'hotspot_no',
    'found_on',
    'found_by',
    'reporting_org',
    'township_id',
    'category_code',
    'category_label',
    'description',
    'main_demand',
    'people_involved',
    'risk_level',
    'leader_in_charge',
    'responsible_org',
    'responsible_person',
    'stability_person',
    'measures_resolve',
    'measures_stability',
    'deadline_days',
    'deadline',
    'status',
    'closed_on',
    'closed_by',
    'created_by',
    'created_at',
    'updated_at',
  ];
  const rows = await copyRows(db, 'risk_hotspot', columns, function* () {
    for (let i = 0; i < count; i++) {
      const r = rng(ctx.seed, 'hotspot', i);
      const foundMs = ctx.startMs + ((i + r.next()) * (ctx.untilMs - ctx.startMs)) / count;
      const foundOn = chinaDate(foundMs);
      const year = Number(foundOn.slice(0, 4));
      const seq = (counters.get(year) ?? 0) + 1;
      counters.set(year, seq);
      const township = ctx.townships[r.int(ctx.townships.length)];
      const days = r.pick([30, 60, 90, 180]);
      const deadline = addDays(foundOn, days);
      const closedOn = r.chance(0.75) ? addDays(foundOn, r.range(5, days + 30)) : null;
      const closed = closedOn !== null && closedOn <= ctx.today;
      const category = String(1 + r.int(18)).padStart(2, '0');
      const issue = r.pick(ISSUES);
      yield [
        uuidFor(ctx.seed, 'hotspot', i),
        `YH${year}-${String(seq).padStart(4, '0')}`,
        foundOn,
        personName(r),
        `${township.name}信访办`,
        township.id,
        category,
        ctx.categoryLabels.get(category),
        `${township.name}${issue}，群众反映强烈`,
        `请求妥善解决${issue}`,
        r.range(1, 60),
        1 + r.int(4),
        personName(r),
        `${township.name}党委`,
        personName(r),
        personName(r),
        '逐户走访，依法依规解决合理诉求',
        '落实稳控责任人',
        days,
        deadline,
        closed ? 'RESOLVED' : r.pick(['UNRESOLVED', 'RESOLVING', 'STABILIZED']),
        closed ? closedOn : null,
        closed ? ctx.receptionId : null,
        ctx.receptionId,
        new Date(foundMs),
        new Date(foundMs),
      ];
    }
  });
  for (const [year, last] of counters) {
    await db.query(`INSERT INTO hotspot_number_counter (kind, year, last_seq) VALUES ('YH', $1, $2) ON CONFLICT (kind, year) DO UPDATE SET last_seq = EXCLUDED.last_seq`, [
      year,
      last,
    ]);
  }
  return { risk_hotspot: rows };
}

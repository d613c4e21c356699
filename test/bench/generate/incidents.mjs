// 突发信访事件 with their report chain (电话报告, 书面初报, 终报), mostly reported within the limits of
// their level (copied from incident_report_limit as discovery does).
import { copyRows } from './copy.mjs';
import { chinaDate } from './case-plan.mjs';
import { rng, uuidFor } from './random.mjs';

const NATURES = ['GROUP_VISIT', 'GATHERING', 'PUBLIC_OPINION', 'MASS_INTEREST', 'OTHER'];
const MIN = 60_000;

function incident(ctx, limits, i, count, counters) {
  const r = rng(ctx.seed, 'incident', i);
  const at = ctx.startMs + ((i + r.next()) * (ctx.untilMs - ctx.startMs - 86_400_000)) / count;
  const year = Number(chinaDate(at).slice(0, 4));
  const seq = (counters.get(year) ?? 0) + 1;
  counters.set(year, seq);
  const level = r.weighted([
    ['GENERAL', 85],
    ['LARGE', 12],
    ['MAJOR', 3],
  ]);
  const limit = limits.get(level);
  const late = r.chance(0.08);
  const phone = at + (late ? limit.phone + r.range(5, 60) : r.range(5, limit.phone)) * MIN;
  const written = at + (late ? limit.written + r.range(10, 120) : r.range(limit.phone, limit.written)) * MIN;
  const final = at + r.range(2, 20) * 86_400_000;
  return {
    id: uuidFor(ctx.seed, 'incident', i),
    no: `突发〔${year}〕${String(seq).padStart(3, '0')}号`,
    at,
    level,
    limit,
    phone,
    written,
    final: final <= ctx.untilMs ? final : null,
    township: ctx.townships[r.int(ctx.townships.length)],
    nature: r.pick(NATURES),
    source: r.chance(0.9) ? 'SELF' : 'UPPER_NOTICE',
    people: r.range(5, 200),
  };
}

export async function loadIncidents(db, ctx, count) {
  const limits = new Map(
    (await db.query('SELECT level, phone_minutes, written_minutes FROM incident_report_limit')).rows.map((l) => [l.level, { phone: l.phone_minutes, written: l.written_minutes }]),
  );
  const all = function* () {
    const counters = new Map();
    for (let i = 0; i < count; i++) yield incident(ctx, limits, i, count, counters);
  };
  const rows = await copyRows(
    db,
    'incident',
    [
      'id',
      'incident_no',
      'title',
      'discovered_at',
      'level',
      'nature',
      'source',
      'township_id',
      'place_detail',
      'people_count',
      'description',
      'measures',
      'phone_limit_minutes',
      'written_limit_minutes',
      'phone_reported_at',
      'written_reported_at',
      'final_reported_at',
      'reported_to',
      'created_by',
      'created_at',
    ],
    function* () {
      for (const x of all()) {
        yield [
          x.id,
          x.no,
          `${x.township.name}群众聚集事件`,
          new Date(x.at),
          x.level,
          x.nature,
          x.source,
          x.township.id,
          `${x.township.name}政府门前`,
          x.people,
          `约${x.people}人聚集反映诉求`,
          '已派员现场劝导',
          x.limit.phone,
          x.limit.written,
          new Date(x.phone),
          new Date(x.written),
          x.final ? new Date(x.final) : null,
          ['市信访局'],
          ctx.receptionId,
          new Date(x.at),
        ];
      }
    },
  );
  const reports = await copyRows(db, 'incident_report', ['id', 'incident_id', 'kind', 'reported_at', 'reported_to', 'content', 'reported_by', 'created_at'], function* () {
    let k = 0;
    for (const x of all()) {
      for (const [kind, at] of [
        ['PHONE', x.phone],
        ['INITIAL', x.written],
        ['FINAL', x.final],
      ]) {
        if (at !== null)
          yield [
            uuidFor(ctx.seed, 'incident-report', k++),
            x.id,
            kind,
            new Date(at),
            ['市信访局'],
            `${x.no}${kind === 'FINAL' ? '已平息' : '情况报告'}`,
            ctx.receptionId,
            new Date(at),
          ];
      }
    }
  });
  const years = new Map();
  for (const x of all()) years.set(Number(chinaDate(x.at).slice(0, 4)), Number(x.no.match(/〕(\d+)号/)[1]));
  for (const [year, last] of years)
    await db.query('INSERT INTO incident_number_counter (year, last_seq) VALUES ($1, $2) ON CONFLICT (year) DO UPDATE SET last_seq = EXCLUDED.last_seq', [year, last]);
  return { incident: rows, incident_report: reports };
}

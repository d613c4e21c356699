// The org tree the generated records refer to. County scale uses Julu's real townships as seeded by
// `cli.js setup`. Province scale adds synthetic townships for the other counties of Hebei: the
// schema's territory model has one county root (territoryOf: county staff see every township;
// indicators: one county row plus townships), so the ~2,000 synthetic townships hang under that
// root, named after their county, instead of under 167 county units the app cannot aggregate.
import { uuidFor } from './random.mjs';

export const SYNTHETIC_COUNTIES = 167;
const TOWNSHIPS_PER_COUNTY = 12;
const TOWN_NAMES = ['城关镇', '东关镇', '西关乡', '南营乡', '北庄乡', '新集镇', '李家庄乡', '王家寨乡', '河口镇', '官庄镇', '马坊乡', '双井乡'];

/** Adds the synthetic townships and one duty officer per township (可登录: the demo password). */
async function addProvinceTownships(db, seed, countyId) {
  const units = [];
  for (let c = 1; c <= SYNTHETIC_COUNTIES; c++) {
    for (let t = 0; t < TOWNSHIPS_PER_COUNTY; t++) {
      units.push([uuidFor(seed, 'org', units.length), `冀模拟${String(c).padStart(3, '0')}县${TOWN_NAMES[t]}`, t < 5 ? 'TOWN' : 'TOWNSHIP', 1000 + units.length]);
    }
  }
  await db.query(
    `INSERT INTO org_unit (id, name, type, parent_id, sort_order)
     SELECT u.id, u.name, u.type, $1, u.sort FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[]) AS u(id, name, type, sort)`,
    [countyId, units.map((u) => u[0]), units.map((u) => u[1]), units.map((u) => u[2]), units.map((u) => u[3])],
  );
}

/** Everything the row generators need to know about units and users, read once. */
export async function loadOrg(db, { seed, scale }) {
  const one = async (sql, params = []) => (await db.query(sql, params)).rows[0];
  const county = await one(`SELECT id FROM org_unit WHERE type = 'COUNTY' ORDER BY created_at LIMIT 1`);
  const reception = await one(`SELECT id, org_unit_id FROM app_user WHERE username = 'reception'`);
  const officer = await one(`SELECT password_hash FROM app_user WHERE username = 'township'`);
  if (!county || !reception || !officer) throw new Error('run `cli.js setup` first: the org tree and demo users are missing');
  if (scale === 'province') await addProvinceTownships(db, seed, county.id);
  const townships = (await db.query(`SELECT id, name FROM org_unit WHERE type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL ORDER BY sort_order, name`)).rows;
  const departments = (await db.query(`SELECT id, name FROM org_unit WHERE type = 'DEPARTMENT' ORDER BY sort_order, name`)).rows;
  const villageRows = (await db.query(`SELECT id, parent_id FROM org_unit WHERE type = 'VILLAGE' AND retired_at IS NULL ORDER BY sort_order, name`)).rows;
  const villages = new Map();
  for (const v of villageRows) villages.set(v.parent_id, [...(villages.get(v.parent_id) ?? []), v.id]);
  // One duty officer per township: leads its rosters, and lets a benchmark log in with a township's scope.
  const officers = townships.map((t, k) => [uuidFor(seed, 'officer', k), `zb${String(k + 1).padStart(4, '0')}`, t.id]);
  await db.query(
    `INSERT INTO app_user (id, username, display_name, password_hash, role, org_unit_id)
     SELECT o.id, o.username, '值班员' || o.username, $1, 'TOWNSHIP_OFFICER', o.unit FROM unnest($2::uuid[], $3::text[], $4::uuid[]) AS o(id, username, unit)`,
    [officer.password_hash, officers.map((o) => o[0]), officers.map((o) => o[1]), officers.map((o) => o[2])],
  );
  return {
    countyId: county.id,
    receptionId: reception.id,
    bureauId: reception.org_unit_id,
    townships,
    departments,
    villages,
    officerIds: officers.map((o) => o[0]),
  };
}

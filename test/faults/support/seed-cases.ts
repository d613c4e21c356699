import ExcelJS from 'exceljs';
import type { Pool } from 'pg';

/**
 * Bulk-loads `count` registered cases with SQL (loading through the API would take minutes): spread
 * over every township, five channels and the last weeks, numbered in a year of their own so they
 * never meet the numbers the API hands out.
 */
export async function seedCases(sql: Pool, count: number): Promise<void> {
  await sql.query(
    `WITH towns AS (SELECT array_agg(id ORDER BY code) AS ids FROM org_unit WHERE type IN ('TOWN', 'TOWNSHIP')),
          clerk AS (SELECT id FROM app_user WHERE username = 'reception')
     INSERT INTO petition_case (case_no, case_year, case_seq, query_code, channel, source, matter_type, category_code, category_label, title,
       main_request, township_id, people_count, is_group, is_skip_level, is_joint_letter, is_law_related, registered_at, registered_by, search_grams)
     SELECT '1305292001' || lpad(i::text, 6, '0'), 2001, i, 'F' || lpad(i::text, 11, '0'), (ARRAY['VISIT','LETTER','ONLINE','PHONE','FAX'])[1 + i % 5],
            'DIRECT', 'APPEAL', lpad((1 + i % 18)::text, 2, '0'), '分类', '反映问题' || i, '请求解决',
            towns.ids[1 + i % array_length(towns.ids, 1)], 1, false, false, false, false, now() - (i || ' minutes')::interval, clerk.id, ARRAY['反映', '问题']
     FROM generate_series(1, $1::int) AS i, towns, clerk`,
    [count],
  );
  await sql.query('ANALYZE petition_case');
}

/** The case numbers in the first column of an exported ledger, read back from the file. */
export async function caseNumbersInLedger(file: string): Promise<number> {
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {});
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      if (/^130529\d{10}$/.test(String(row.getCell(1).value ?? ''))) rows++;
    }
  }
  return rows;
}

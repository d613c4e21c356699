// Bulk-loaded cases for the benchmarks (SQL, not the API: loading must take seconds, not hours).

/**
 * Cases spread over two years, five channels and all townships, with search grams as registration
 * stores them. `first` numbers the first case, so that a later call can add more (first = count + 1).
 */
export async function seedCases(db, count, first = 1) {
  const words = ['土地承包', '拆迁款补偿', '拖欠工资', '医疗报销', '低保申请', '宅基地纠纷', '环境污染', '道路修建', '养老保险', '学校收费'];
  await db.query(
    `
    WITH towns AS (SELECT array_agg(id ORDER BY code) AS ids FROM org_unit WHERE type IN ('TOWN', 'TOWNSHIP')),
         clerk AS (SELECT id FROM app_user WHERE username = 'reception'),
         words AS (SELECT $2::text[] AS w)
    INSERT INTO petition_case (case_no, case_year, case_seq, query_code, channel, source, matter_type, category_code, category_label, title,
      main_request, township_id, people_count, is_group, is_skip_level, is_joint_letter, is_law_related, registered_at, registered_by)
    SELECT '1305292025' || lpad(i::text, 6, '0'), 2025, i, 'B' || lpad(i::text, 11, '0'), (ARRAY['VISIT','LETTER','ONLINE','PHONE','FAX'])[1 + i % 5],
           'DIRECT', 'APPEAL', lpad((1 + i % 18)::text, 2, '0'), '分类', '反映' || w.w[1 + i % 10] || '问题' || i, '请求解决' || w.w[1 + (i * 7) % 10],
           towns.ids[1 + i % array_length(towns.ids, 1)], 1 + i % 7, (1 + i % 7) >= 5, false, false, i % 10 = 0,
           now() - (i || ' minutes')::interval, clerk.id
    FROM generate_series($3::int, $3::int + $1::int - 1) AS i, towns, clerk, words w`,
    [count, words, first],
  );
  await db.query(
    `
    UPDATE petition_case SET search_grams = ARRAY(
      SELECT DISTINCT substr(t, n, 2) FROM (SELECT title || main_request AS t) s, generate_series(1, char_length(t) - 1) n
      WHERE substr(t, n, 2) ~ '^[[:alnum:]]{2}$')
    WHERE case_year = 2025 AND case_seq >= $1`,
    [first],
  );
  await db.query('ANALYZE');
}

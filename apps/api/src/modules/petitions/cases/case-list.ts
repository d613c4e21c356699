import { BadRequestException } from '@nestjs/common';
import { API_ERROR_CODES, type CaseListQuery } from '@julu/contracts';
import { keywordGrams } from '@julu/domain';

/** Keyset cursor over (registered_at DESC, id DESC). */
export function encodeCursor(registeredAt: Date, id: string): string {
  return Buffer.from(`${registeredAt.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new BadRequestException({ code: API_ERROR_CODES.VALIDATION_FAILED, message: '分页游标有误，请从第一页重新查询' });
  }
  return { at, id };
}

/**
 * The WHERE conditions of the case list. Each filter is an equality or range on a column indexed
 * together with the list order (migration Cases); the keyword uses the GIN index of search grams
 * (unless a place or person already narrows the list) and then checks the text itself.
 */
export function caseListConditions(query: CaseListQuery, params: unknown[]): string[] {
  const conditions: string[] = [];
  const add = (sql: string, value: unknown): void => {
    params.push(value);
    conditions.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (query.from) add('c.registered_at >= ?::timestamptz', query.from);
  if (query.to) add('c.registered_at < ?::timestamptz', query.to);
  if (query.channel) add('c.channel = ?', query.channel);
  if (query.matterType) add('c.matter_type = ?', query.matterType);
  if (query.categoryCode) add('c.category_code = ?', query.categoryCode);
  if (query.townshipId) add('c.township_id = ?::uuid', query.townshipId);
  if (query.villageId) add('c.village_id = ?::uuid', query.villageId);
  if (query.status) add('c.status = ?', query.status);
  if (query.petitionerId) add('EXISTS (SELECT 1 FROM case_petitioner cp WHERE cp.case_id = c.id AND cp.petitioner_id = ?::uuid)', query.petitionerId);
  if (query.group !== undefined) conditions.push(query.group ? 'c.is_group' : 'NOT c.is_group');
  if (query.skipLevel !== undefined) conditions.push(query.skipLevel ? 'c.is_skip_level' : 'NOT c.is_skip_level');
  if (query.lawRelated !== undefined) conditions.push(query.lawRelated ? 'c.is_law_related' : 'NOT c.is_law_related');
  if (query.repeat !== undefined) conditions.push(query.repeat ? 'c.is_repeat' : 'NOT c.is_repeat');
  const keyword = query.keyword?.trim();
  if (keyword && /^\d{6,16}$/.test(keyword)) {
    // A case number, whole or its leading digits (the unique index serves the range).
    add('c.case_no >= ?', keyword);
    add(`c.case_no < ? || '~'`, keyword);
  } else if (keyword) {
    // With a township, village or petitioner chosen, its index already narrows the list to a few
    // hundred cases and the text check alone is cheapest; the gram index would intersect them with
    // every case holding the grams (7% of a province for 拆迁款, estimated 100 times too few since
    // a word's grams always occur together).
    const narrowed = query.townshipId || query.villageId || query.petitionerId;
    const grams = narrowed ? [] : keywordGrams(keyword);
    if (grams.length > 0) add('c.search_grams @> ?::text[]', grams);
    add(`strpos(lower(c.title || ' ' || c.main_request || ' ' || coalesce(c.facts_reasons, '')), ?) > 0`, keyword.toLowerCase());
  }
  if (query.after) {
    const cursor = decodeCursor(query.after);
    params.push(cursor.at, cursor.id);
    conditions.push(`(c.registered_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  return conditions;
}

/**
 * The WHERE condition of a case picker's search (POST /cases/lookup), to be joined with the
 * caller's visibility condition. Digits are a case number: its leading digits (the unique index
 * serves the range) or its closing ones (the year's sequence number people read off a list). Other
 * text is part of a petitioner's name or of the title or request. A county holds some 20,000 cases
 * (docs/SCALING.md), so the text checks run over the caller's visible cases without an index;
 * a petitioner the caller may not see (row-level security) is not matched by name.
 */
export function caseLookupCondition(text: string, params: unknown[]): string {
  const term = text.trim();
  params.push(term);
  const p = `$${params.length}`;
  if (/^\d+$/.test(term)) return `((c.case_no >= ${p} AND c.case_no < ${p} || '~') OR right(c.case_no, length(${p})) = ${p})`;
  params.push(term.toLowerCase());
  const lower = `$${params.length}`;
  return `(strpos(lower(c.title || ' ' || c.main_request), ${lower}) > 0
    OR c.id IN (SELECT cp.case_id FROM case_petitioner cp JOIN petitioner p ON p.id = cp.petitioner_id WHERE strpos(p.name, ${p}) > 0))`;
}

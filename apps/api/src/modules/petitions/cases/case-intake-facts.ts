import type { CreateCaseRequest, CurrentUser } from '@julu/contracts';
import { MAX_GROUP_REPRESENTATIVES } from '@julu/domain';
import type { EntityManager } from 'typeorm';
import { territoryOf, townshipCondition } from '../../../core/access/territory';
import { invalidField } from '../../../core/http/api-errors';

/** What a registration needs to know about the records it names, and to answer without re-reading. */
export interface IntakeFacts {
  category: { code: string; label: string; version: number };
  townshipName: string;
  villageName: string | null;
  involvedUnitName: string | null;
  /** In the order of the request (the case's positions). */
  petitioners: { id: string; name: string; idNumberMasked: string | null }[];
}

interface FactsRow {
  category: { code: string; label: string; parent_label: string | null; version: number } | null;
  township_name: string | null;
  village_name: string | null;
  unit_name: string | null;
  petitioners: { id: string; name: string; id_number_masked: string | null }[];
}

/**
 * The category in use (an L2 entry labelled with its L1 heading), the township and village of the
 * matter, the involved unit and the petitioners within the caller's reach: one query, checked in
 * the order a person would correct the form.
 */
export async function intakeFacts(m: EntityManager, request: CreateCaseRequest, user: CurrentUser): Promise<IntakeFacts> {
  const ids = request.petitioners.map((p) => p.petitionerId);
  const params: unknown[] = [request.categoryCode, request.townshipId, request.villageId ?? null, request.involvedUnitId ?? null, ids];
  const scope = townshipCondition(territoryOf(user), 'p.township_id', params);
  const [row]: FactsRow[] = await m.query(
    `SELECT
       (SELECT json_build_object('code', c.code, 'label', c.label, 'parent_label', pc.label, 'version', c.version)
        FROM content_category c LEFT JOIN content_category pc ON pc.code = c.parent_code
        WHERE c.code = $1 AND c.retired_at IS NULL) AS category,
       (SELECT name FROM org_unit WHERE id = $2::uuid AND type IN ('TOWN', 'TOWNSHIP', 'DEV_ZONE') AND retired_at IS NULL) AS township_name,
       (SELECT name FROM org_unit WHERE id = $3::uuid AND parent_id = $2::uuid AND type IN ('VILLAGE', 'COMMUNITY') AND retired_at IS NULL) AS village_name,
       (SELECT name FROM org_unit WHERE id = $4::uuid AND type <> 'COUNTY') AS unit_name,
       (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.name, 'id_number_masked', p.id_number_masked)), '[]')
        FROM petitioner p WHERE p.id = ANY($5::uuid[]) AND ${scope}) AS petitioners`,
    params,
  );
  const category = row.category;
  if (!category) throw invalidField('categoryCode', '内容分类不存在或已停用，请重新选择');
  if (row.township_name === null) throw invalidField('townshipId', '问题属地乡镇不存在或已撤销');
  if (request.villageId && row.village_name === null) throw invalidField('villageId', '所选村（社区）不属于问题属地乡镇，或已撤销');
  if (request.involvedUnitId && row.unit_name === null) throw invalidField('involvedUnitId', '涉及单位不存在');
  checkPetitionerShape(request);
  const found = new Map(row.petitioners.map((p) => [p.id, p]));
  const petitioners = ids.flatMap((id) => {
    const p = found.get(id);
    return p ? [{ id: p.id, name: p.name, idNumberMasked: p.id_number_masked }] : [];
  });
  if (petitioners.length !== ids.length) throw invalidField('petitioners', '所选信访人不存在或不在您的管辖范围内');
  return {
    category: { code: category.code, label: category.parent_label ? `${category.parent_label}/${category.label}` : category.label, version: category.version },
    townshipName: row.township_name,
    villageName: row.village_name,
    involvedUnitName: row.unit_name,
    petitioners,
  };
}

/** One primary petitioner, no one twice, at most five representatives, no more petitioners than people. */
function checkPetitionerShape(request: CreateCaseRequest): void {
  const ids = request.petitioners.map((p) => p.petitionerId);
  if (new Set(ids).size !== ids.length) throw invalidField('petitioners', '同一信访人不能重复添加');
  if (request.petitioners.filter((p) => p.role === 'PRIMARY').length !== 1) throw invalidField('petitioners', '须指定且只能指定一名主要信访人');
  const representatives = request.petitioners.filter((p) => p.role === 'REPRESENTATIVE').length;
  if (representatives > MAX_GROUP_REPRESENTATIVES) {
    throw invalidField('petitioners', `多人走访推选的代表不得超过 ${MAX_GROUP_REPRESENTATIVES} 人（《信访工作条例》第二十条），当前为 ${representatives} 人`);
  }
  if (request.peopleCount < ids.length) throw invalidField('peopleCount', `人数（${request.peopleCount}）不能少于已登记的信访人数（${ids.length}）`);
}

import { Injectable } from '@nestjs/common';
import type { CurrentUser, RepeatCandidate, RepeatCandidatesRequest, RepeatCandidatesResponse } from '@julu/contracts';
import { normalizePhone, repeatScore } from '@julu/domain';
import { DataSource } from 'typeorm';
import { territoryOf } from '../../../core/access/territory';
import { PersonalDataCipher } from '../../../core/personal-data/personal-data-cipher';
import { caseCondition } from '../cases/case-scope';
import { idNumberLookupKey } from '../petitioner-identity';

/** How far back a same-matter case by other people counts as a possible group matter. */
const GROUP_WINDOW_DAYS = 180;
const LIMIT = 10;

interface SignalRow {
  id: string;
  case_no: string;
  registered_at: Date;
  title: string;
  category_label: string;
  status: string;
  township_name: string;
  village_name: string | null;
  same_id: boolean;
  same_phone: boolean;
  name_similarity: number;
  same_village: boolean;
  same_category: boolean;
  same_heading: boolean;
  text_similarity: number;
}

/**
 * Offers earlier cases that may be the same person's same matter (重复信访), and recent cases of
 * other people on the same matter in the same place (a possible group matter), each with scores
 * and reasons. Everything is read within the caller's territory; nothing is decided here.
 */
@Injectable()
export class RepeatCandidatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async find(request: RepeatCandidatesRequest, user: CurrentUser): Promise<RepeatCandidatesResponse> {
    const person = await this.personKeys(request);
    const params: unknown[] = [
      person.idIndex,
      person.phoneIndex,
      person.name,
      person.villageId,
      request.categoryCode ?? null,
      request.text?.trim() ?? '',
      request.excludeCaseId ?? null,
      person.petitionerId,
    ];
    const scope = caseCondition(territoryOf(user), params);
    const rows: SignalRow[] = await this.dataSource.query(
      `WITH matched AS (
         -- Petitioners that may be the same person, each found through an index.
         SELECT p.id,
                (p.id = $8::uuid OR (p.id_number_bidx IS NOT NULL AND p.id_number_bidx = $1)) AS same_id,
                ($2::text IS NOT NULL AND (p.mobile_bidx = $2 OR p.landline_bidx = $2)) AS same_phone,
                CASE WHEN $3::text IS NOT NULL AND p.village_id = $4::uuid THEN similarity(p.name, $3) ELSE 0 END AS name_similarity,
                (p.village_id IS NOT DISTINCT FROM $4::uuid) AS same_village
         FROM petitioner p
         WHERE p.id = $8::uuid OR p.id_number_bidx = $1 OR p.mobile_bidx = $2 OR p.landline_bidx = $2
            OR (p.village_id = $4::uuid AND $3::text IS NOT NULL AND similarity(p.name, $3) >= 0.3)
       ),
       people AS (
         SELECT cp.case_id, bool_or(m.same_id) AS same_id, bool_or(m.same_phone) AS same_phone,
                max(m.name_similarity) AS name_similarity, bool_or(m.same_village) AS same_village
         FROM matched m JOIN case_petitioner cp ON cp.petitioner_id = m.id
         GROUP BY cp.case_id
       ),
       candidates AS (
         SELECT case_id AS id FROM people
         UNION
         -- Other people's recent cases of the same category in the same village: a possible group matter.
         SELECT c.id FROM petition_case c
         WHERE c.village_id = $4::uuid AND c.category_code = $5 AND $6 <> ''
           AND c.registered_at > now() - interval '${GROUP_WINDOW_DAYS} days'
       )
       SELECT c.id, c.case_no, c.registered_at, c.title, c.category_label, c.status, t.name AS township_name, v.name AS village_name,
              coalesce(pe.same_id, false) AS same_id, coalesce(pe.same_phone, false) AS same_phone,
              coalesce(pe.name_similarity, 0)::float AS name_similarity, coalesce(pe.same_village, false) AS same_village,
              (c.category_code = $5) AS same_category,
              (coalesce(cat.parent_code, cat.code) = (SELECT coalesce(parent_code, code) FROM content_category WHERE code = $5)) AS same_heading,
              CASE WHEN $6 = '' THEN 0 ELSE similarity(c.title || c.main_request, $6) END::float AS text_similarity
       FROM candidates k
       JOIN petition_case c ON c.id = k.id
       JOIN org_unit t ON t.id = c.township_id
       LEFT JOIN org_unit v ON v.id = c.village_id
       JOIN content_category cat ON cat.code = c.category_code
       LEFT JOIN people pe ON pe.case_id = c.id
       WHERE c.id IS DISTINCT FROM $7::uuid AND ${scope}
         AND (pe.case_id IS NOT NULL OR similarity(c.title || c.main_request, $6) >= 0.2)
       ORDER BY c.registered_at DESC
       LIMIT 200`,
      params,
    );
    const scored = rows.map((r) => this.toCandidate(r));
    const byScore = (a: RepeatCandidate, b: RepeatCandidate): number => b.score - a.score || b.personScore - a.personScore || b.matterScore - a.matterScore;
    return {
      samePerson: scored
        .filter((c) => c.personScore > 0)
        .sort(byScore)
        .slice(0, LIMIT),
      sameMatter: scored
        .filter((c) => c.personScore === 0 && c.matterScore >= 0.6)
        .sort((a, b) => b.matterScore - a.matterScore)
        .slice(0, LIMIT),
    };
  }

  private toCandidate(r: SignalRow): RepeatCandidate {
    const s = repeatScore(
      { sameIdNumber: r.same_id, samePhone: r.same_phone, nameSimilarity: r.name_similarity, sameVillage: r.same_village },
      { sameCategory: r.same_category, sameCategoryHeading: r.same_heading ?? false, textSimilarity: r.text_similarity },
    );
    return {
      caseId: r.id,
      caseNo: r.case_no,
      registeredAt: r.registered_at.toISOString(),
      title: r.title,
      categoryLabel: r.category_label,
      status: r.status,
      townshipName: r.township_name,
      villageName: r.village_name,
      personScore: s.person,
      matterScore: s.matter,
      score: s.score,
      reasons: s.person > 0 ? s.reasons : [...s.reasons.filter((x) => !x.startsWith('同人')), '同村同类事项（其他信访人），可能为群体性事项'],
      likelyRepeat: s.likelyRepeat,
    };
  }

  /** The identifiers to match: from a known petitioner record, or as typed at the desk. */
  private async personKeys(
    request: RepeatCandidatesRequest,
  ): Promise<{ petitionerId: string | null; idIndex: string | null; phoneIndex: string | null; name: string | null; villageId: string | null }> {
    if (request.petitionerId) {
      const rows: { id_number_bidx: string | null; mobile_bidx: string | null; name: string; village_id: string | null }[] = await this.dataSource.query(
        'SELECT id_number_bidx, mobile_bidx, name, village_id FROM petitioner WHERE id = $1',
        [request.petitionerId],
      );
      const p = rows[0];
      if (p) return { petitionerId: request.petitionerId, idIndex: p.id_number_bidx, phoneIndex: p.mobile_bidx, name: p.name, villageId: p.village_id };
    }
    const phone = request.phone ? normalizePhone(request.phone) : '';
    return {
      petitionerId: null,
      idIndex: request.idNumber?.trim() ? this.cipher.blindIndex('id_number', idNumberLookupKey(request.idNumber)) : null,
      phoneIndex: phone.length >= 7 ? this.cipher.blindIndex('phone', phone) : null,
      name: request.name?.trim() || null,
      villageId: request.villageId ?? null,
    };
  }
}

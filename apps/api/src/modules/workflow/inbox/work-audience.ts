import type { EntityManager } from 'typeorm';

/** The outbox events after which some unit's 我的工作 may look different. */
export const WORK_EVENTS = [
  'case.registered',
  'case.transitioned',
  'clock.changed',
  'notice.delivered',
  'case.evaluated',
  'case.repeat-decided',
  'case.law-flagged',
  'case.diverted',
] as const;

/**
 * The units whose 我的工作 an event about a case (or one of its clocks) may change: the handling
 * unit and every unit that held one of its clocks (a case handed on leaves the old unit's list too).
 * Never the unit a 检举控告 accuses (2022 条例 Art 30 ¶3): not even a content-free hint may tell it
 * that something about it moved. Events about anything else change no work list: none.
 */
export async function workAudience(m: EntityManager, aggregateType: string, aggregateId: string): Promise<string[]> {
  const caseOf = aggregateType === 'petition_case' ? '$1::uuid' : aggregateType === 'case_clock' ? '(SELECT case_id FROM case_clock WHERE id = $1::uuid)' : null;
  if (!caseOf) return [];
  const rows: { unit_id: string }[] = await m.query(
    `WITH target AS (SELECT id, matter_type, involved_unit_id, handling_unit_id FROM petition_case WHERE id = ${caseOf}),
     units AS (SELECT handling_unit_id AS unit_id FROM target
               UNION SELECT k.responsible_unit_id FROM case_clock k JOIN target t ON k.case_id = t.id)
     SELECT DISTINCT u.unit_id FROM units u, target t
     WHERE u.unit_id IS NOT NULL AND NOT (t.matter_type = 'ACCUSATION' AND t.involved_unit_id IS NOT DISTINCT FROM u.unit_id)`,
    [aggregateId],
  );
  return rows.map((r) => r.unit_id);
}

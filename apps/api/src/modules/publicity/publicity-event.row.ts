import type { PublicityEventView, PublicityForm, PublicityPhotoView, PublicityVillageRef } from '@julu/contracts';

export interface PublicityEventRow {
  id: string;
  held_on: string;
  township_id: string;
  township_name: string;
  form: PublicityForm;
  topic: string;
  participants: number;
  note: string;
  created_by_name: string;
  created_at: Date;
}

/** held_on is read as text so a date never shifts by a time zone. */
export const EVENT_SQL = `
  SELECT e.id, to_char(e.held_on, 'YYYY-MM-DD') AS held_on, e.township_id, t.name AS township_name, e.form, e.topic, e.participants, e.note,
         u.display_name AS created_by_name, e.created_at
  FROM publicity_event e JOIN org_unit t ON t.id = e.township_id JOIN app_user u ON u.id = e.created_by`;

export interface EventVillageRow extends PublicityVillageRef {
  event_id: string;
}

export interface PhotoRow {
  id: string;
  event_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  uploaded_at: Date;
}

export const toPhotoView = (p: PhotoRow): PublicityPhotoView => ({
  id: p.id,
  fileName: p.file_name,
  contentType: p.content_type,
  sizeBytes: p.size_bytes,
  uploadedAt: p.uploaded_at.toISOString(),
});

export function toEventView(r: PublicityEventRow, villages: readonly EventVillageRow[], photos: readonly PhotoRow[]): PublicityEventView {
  return {
    id: r.id,
    heldOn: r.held_on,
    townshipId: r.township_id,
    townshipName: r.township_name,
    form: r.form,
    topic: r.topic,
    participants: r.participants,
    note: r.note,
    villages: villages.filter((v) => v.event_id === r.id).map((v) => ({ id: v.id, name: v.name, type: v.type })),
    photos: photos.filter((p) => p.event_id === r.id).map(toPhotoView),
    createdByName: r.created_by_name,
    createdAt: r.created_at.toISOString(),
  };
}

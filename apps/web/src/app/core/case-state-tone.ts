import type { CaseState } from '@julu/contracts';

/** An nz-tag colour: ng-zorro's status presets plus the one named colour used for 分流. */
export type CaseStateTone = 'processing' | 'warning' | 'success' | 'error' | 'default' | 'purple';

/**
 * The one colour of a case state, wherever a state is shown as a tag (staff pages and the public
 * lookup). Red is for a matter that ends without being handled (不予受理, 不再受理, 终结); a matter
 * in the statutory process is blue, one waiting on an objection orange, an answered or closed one green.
 */
export function caseStateTone(state: CaseState): CaseStateTone {
  switch (state) {
    case 'NOT_ACCEPTED':
    case 'REJECTED_DUPLICATE':
    case 'TERMINATED':
      return 'error';
    case 'OBJECTED':
    case 'EXTENSION_REQUESTED':
      return 'warning';
    case 'DIVERTED':
      return 'purple';
    case 'REPLIED':
    case 'MEDIATED':
    case 'REVIEW_REPLIED':
    case 'REREVIEW_REPLIED':
    case 'CLOSED':
      return 'success';
    case 'ARCHIVED':
      return 'default';
    case 'REGISTERED':
    case 'FORWARDED':
    case 'ASSIGNED':
    case 'ACCEPTED':
    case 'IN_PROGRESS':
    case 'EXTENDED':
    case 'REVIEW_REQUESTED':
    case 'REVIEW_ACCEPTED':
    case 'REREVIEW_REQUESTED':
    case 'REREVIEW_ACCEPTED':
    case 'HEARING':
      return 'processing';
  }
}

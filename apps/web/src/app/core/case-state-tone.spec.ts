import { CASE_STATES } from '@julu/contracts';
import { caseStateTone } from './case-state-tone';

describe('caseStateTone', () => {
  it('shows a newly registered matter as in process, never red', () => {
    expect(caseStateTone('REGISTERED')).toBe('processing');
  });

  it('keeps red for the matters that end without being handled', () => {
    const red = CASE_STATES.filter((s) => caseStateTone(s) === 'error');
    expect(red).toEqual(['NOT_ACCEPTED', 'REJECTED_DUPLICATE', 'TERMINATED']);
  });

  it('gives every state a tone', () => {
    for (const s of CASE_STATES) expect(caseStateTone(s)).toEqual(expect.any(String));
  });
});

import { buildCallSettings } from '../../../testing';
import { selfAssessmentRule } from './self-assessment.rule';

// Deadline 2025-09-30; 12 months back is 2024-09-30.
const settings = buildCallSettings('IT_INTEGRATION');

describe('selfAssessmentRule', () => {
  it('passes a self-assessment completed in June 2025', () => {
    expect(selfAssessmentRule(settings, {}, { selfAssessmentCompleted: true, selfAssessmentDate: '2025-06-15' }).outcome).toBe('pass');
  });
  it('passes one completed exactly 12 months before the deadline', () => {
    expect(selfAssessmentRule(settings, {}, { selfAssessmentCompleted: true, selfAssessmentDate: '2024-09-30' }).outcome).toBe('pass');
  });
  it('fails one older than 12 months', () => {
    expect(selfAssessmentRule(settings, {}, { selfAssessmentCompleted: true, selfAssessmentDate: '2024-09-29' }).outcome).toBe('fail');
  });
  it('fails one dated after the deadline', () => {
    expect(selfAssessmentRule(settings, {}, { selfAssessmentCompleted: true, selfAssessmentDate: '2025-10-01' }).outcome).toBe('fail');
  });
  it('fails an enterprise that has not done the self-assessment', () => {
    expect(selfAssessmentRule(settings, {}, { selfAssessmentCompleted: false }).outcome).toBe('fail');
  });
  it('reports missing while unanswered or undated', () => {
    expect(selfAssessmentRule(settings, {}, {}).outcome).toBe('missing');
    expect(selfAssessmentRule(settings, {}, { selfAssessmentCompleted: true }).outcome).toBe('missing');
  });
});

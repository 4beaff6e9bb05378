import { buildCallSettings } from '../../../testing';
import { notDishonestRule } from './not-dishonest.rule';

const settings = buildCallSettings('INNOVATION_CENTRE');

describe('notDishonestRule', () => {
  it('passes a firm on no dishonesty list', () => {
    expect(notDishonestRule(settings, { listedAsDishonest: false }, {}).outcome).toBe('pass');
  });
  it('fails a firm listed as a dishonest judgement debtor', () => {
    expect(notDishonestRule(settings, { listedAsDishonest: true }, {}).outcome).toBe('fail');
  });
  it('reports missing while unanswered', () => {
    expect(notDishonestRule(settings, { listedAsDishonest: null }, {}).outcome).toBe('missing');
  });
});

import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../api/ApiFailure';
import { unnestIssues } from './unnestIssues';

describe('unnestIssues', () => {
  it('moves the nested part\'s issues up and leaves the others alone', () => {
    const failure = new ApiFailure({
      code: 'validation_failed',
      message: 'Invalid input',
      details: [
        { path: ['assessment', 'likelihoodMotivation'], code: 'too_small' },
        { path: ['title'], code: 'too_small' },
        { path: ['assessment'], code: 'invalid_type' },
      ],
    });
    expect(unnestIssues(failure, 'assessment').details).toEqual([
      { path: ['likelihoodMotivation'], code: 'too_small' },
      { path: ['title'], code: 'too_small' },
      { path: ['assessment'], code: 'invalid_type' },
    ]);
  });

  it('passes any other failure through', () => {
    const failure = new ApiFailure({ code: 'not_found', message: 'gone' });
    expect(unnestIssues(failure, 'assessment')).toBe(failure);
  });
});

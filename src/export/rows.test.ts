import { describe, expect, it } from 'vitest';
import { lastMeaningfulStage } from './rows.js';

const visit = (stage: string, stageNumber: number) => ({ stage, stageNumber, enteredAt: `2026-01-0${stageNumber + 1}T00:00:00Z`, leftAt: null });

describe('lastMeaningfulStage (the workbook\'s Stage reached)', () => {
  it('keeps a current stage that says more than the status', () => {
    expect(lastMeaningfulStage({ stage: 'Onsite', status: 'Active', stageHistory: [] })).toBe('Onsite');
  });
  it('an archived application: the stage it was in before "Archived"', () => {
    expect(lastMeaningfulStage({ stage: 'Archived', status: 'Archived', stageHistory: [visit('Application Review', 0), visit('Onsite', 1), visit('Archived', 2)] })).toBe('Onsite');
  });
  it('a hire: the stage before "Hired"; nothing known: null, never the status again', () => {
    expect(lastMeaningfulStage({ stage: 'Hired', status: 'Hired', stageHistory: [visit('Offer', 0), visit('Hired', 1)] })).toBe('Offer');
    expect(lastMeaningfulStage({ stage: 'Archived', status: 'Archived', stageHistory: [] })).toBeNull();
  });
});

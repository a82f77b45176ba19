import { describe, expect, it } from 'vitest';
import { gradeBody, pointsOf, rubricTotal } from '../src/screens/staff/rubric.js';

const rubric = [
  { id: 'summary', points: 10 },
  { id: 'timeline', points: 20 },
  { id: 'indicators', points: 15 },
];

describe('grading on a rubric', () => {
  it('totals the points given, clamped into each criterion, over the rubric maximum', () => {
    expect(rubricTotal(rubric, {})).toEqual({ total: 0, max: 45 });
    expect(rubricTotal(rubric, { summary: 12, timeline: -3, indicators: 7.5 })).toEqual({
      total: 17.5,
      max: 45,
    });
    expect(rubricTotal(rubric, { summary: Number.NaN, unknown: 99 })).toEqual({
      total: 0,
      max: 45,
    });
  });

  it('sends every criterion once, by id, clamped; a blank comment is left out', () => {
    expect(gradeBody(rubric, { timeline: 25, summary: 4 }, '  ')).toEqual({
      criteria: [
        { id: 'summary', points: 4 },
        { id: 'timeline', points: 20 },
        { id: 'indicators', points: 0 },
      ],
    });
    expect(gradeBody(rubric, {}, ' Good. ').comment).toBe('Good.');
  });

  it('reads an earlier grade back for editing, keeping only criteria still in the rubric', () => {
    expect(
      pointsOf(rubric, {
        total: 12,
        max: 45,
        criteria: [
          { id: 'summary', title: 'Summary', points: 5, max: 10 },
          { id: 'style', title: 'Style', points: 7, max: 10 },
        ],
      }),
    ).toEqual({ summary: 5 });
    expect(pointsOf(rubric, null)).toEqual({});
  });
});

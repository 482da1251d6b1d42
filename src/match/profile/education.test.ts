import { describe, expect, it } from 'vitest';
import { parseEducation } from './education.js';

describe('education years', () => {
  it('dates a degree by its own line, not by a neighbouring labelled item (round u, G198)', () => {
    const [bs] = parseEducation(
      [
        '2012 Cameron University City , State Bachelor of Science Computer Science and Mathematics GPA : 3.7',
        'Workshops : Oracle Database 11g Administration (2013), Banner Database Administration (2013)',
      ],
      0.9,
    );
    expect(bs).toMatchObject({ degreeLevel: 'bachelor', startYear: null, endYear: 2012 });
  });

  it('still reads a range split over the degree line and its neighbour', () => {
    const [ms] = parseEducation(['Master of Science in Finance', 'Boston University 2008 - 2010'], 0.9);
    expect(ms).toMatchObject({ degreeLevel: 'master', startYear: 2008, endYear: 2010 });
  });
});

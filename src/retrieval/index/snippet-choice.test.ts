import { describe, expect, it } from 'vitest';
import { addsInformation, chooseSnippet } from './snippet-choice.js';

describe('chooseSnippet', () => {
  const titles = 'Staff Accountant\nSenior Staff Accountant';

  it('passes over an excerpt that only repeats the titles', () => {
    expect(addsInformation('**Staff** **Accountant** Senior **Staff** **Accountant**', titles)).toBe(false);
    expect(chooseSnippet(['**Staff** **Accountant** Senior **Staff** **Accountant**', '…reconciled payroll as a **staff** **accountant** for 40 clients…'], titles)).toBe(
      '…reconciled payroll as a **staff** **accountant** for 40 clients…',
    );
  });

  it("keeps FTS5's choice when it adds information, and any match over none", () => {
    expect(chooseSnippet(['**Payroll** audits for 40 clients', 'other'], titles)).toBe('**Payroll** audits for 40 clients');
    expect(chooseSnippet(['**Staff** **Accountant**', 'Summary without a match'], titles)).toBe('**Staff** **Accountant**');
    expect(chooseSnippet([null, ''], titles)).toBeNull();
  });
});

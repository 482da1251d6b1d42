import { describe, expect, it } from 'vitest';
import { isGenericSkill, membersOfGenericSkill, skillsInText } from './skills.js';

// What a resume's skills set holds: canonical names, lower case.
const haveFrom = (text: string) => skillsInText(text).map((s) => s.toLowerCase());

describe('a generic (class-level) skill is met by its members', () => {
  it('"Software development tools" is met by an IDE, a build tool, version control or a test tool (round h, G268)', () => {
    for (const list of ['Skills: Eclipse IDE, Apache Maven', 'Tools: Microsoft Visual Studio', 'Version control: GIT', 'Testing: Selenium']) {
      expect(membersOfGenericSkill('Software development tools', haveFrom(list)), list).not.toEqual([]);
    }
    // Office tools and a language are no development tools.
    expect(membersOfGenericSkill('Software development tools', haveFrom('Skills: Excel, PowerPoint, Java, Word'))).toEqual([]);
  });

  it('the wider reading goes one way only: an IDE does not meet "Version control software"', () => {
    expect(isGenericSkill('Version control software')).toBe(true);
    expect(membersOfGenericSkill('Version control software', haveFrom('Skills: Eclipse IDE, Microsoft Visual Studio'))).toEqual([]);
    expect(membersOfGenericSkill('Version control software', haveFrom('Version control: GIT'))).not.toEqual([]);
  });

  it('class names are generic, products and fields are not', () => {
    for (const name of ['Software development tools', 'Spreadsheet software', 'Database software']) expect(isGenericSkill(name), name).toBe(true);
    for (const name of ['Java', 'Machine Learning', 'Microsoft Excel', 'Product Management']) expect(isGenericSkill(name), name).toBe(false);
    expect(membersOfGenericSkill('Spreadsheet software', haveFrom('Skills: Microsoft Excel'))).not.toEqual([]);
  });
});

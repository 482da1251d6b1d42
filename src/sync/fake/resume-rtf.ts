import { isHeading } from './resume-docx.js';

/** RTF escapes: backslash and braces; anything past ASCII as \uN? (signed 16-bit, with an ASCII fallback). */
function rtfEscape(line: string): string {
  let out = '';
  for (const ch of line) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\' || ch === '{' || ch === '}') out += `\\${ch}`;
    else if (ch === '\t') out += '\\tab ';
    else if (code < 0x80) out += ch;
    else if (code <= 0xffff) out += `\\u${code > 0x7fff ? code - 0x10000 : code}?`;
    else out += '?';
  }
  return out;
}

/** Plain text as an .rtf, the way word processors write it (font table, info group, one \par per line). */
export function textToRtf(text: string, title = 'Resume'): Buffer {
  const body = text
    .split('\n')
    .map((line) => (isHeading(line) ? `{\\b ${rtfEscape(line)}}\\par` : `${rtfEscape(line)}\\par`))
    .join('\n');
  const rtf = `{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Helvetica;}}{\\info{\\title ${rtfEscape(title)}}}\n\\f0\\fs21 ${body}\n}`;
  return Buffer.from(rtf, 'latin1');
}

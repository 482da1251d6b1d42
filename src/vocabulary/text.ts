/*
 * Text clean-up shared by normalisation and profile extraction. Resume corpora arrive as UTF-8 that was
 * decoded as Windows-1252 at some point ("â€“" for "–", "â¢" for "•"); we undo that before any rule runs.
 */

// Windows-1252 code points 0x80-0x9F that differ from Latin-1, mapped back to their byte.
const CP1252_REVERSE: Record<string, number> = {
  '\u20AC': 0x80, '\u201A': 0x82, '\u0192': 0x83, '\u201E': 0x84, '\u2026': 0x85, '\u2020': 0x86, '\u2021': 0x87,
  '\u02C6': 0x88, '\u2030': 0x89, '\u0160': 0x8a, '\u2039': 0x8b, '\u0152': 0x8c, '\u017D': 0x8e, '\u2018': 0x91,
  '\u2019': 0x92, '\u201C': 0x93, '\u201D': 0x94, '\u2022': 0x95, '\u2013': 0x96, '\u2014': 0x97, '\u02DC': 0x98,
  '\u2122': 0x99, '\u0161': 0x9a, '\u203A': 0x9b, '\u0153': 0x9c, '\u017E': 0x9e, '\u0178': 0x9f,
};
const CONT = '[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178\\u200B]';
const MOJIBAKE_RUN = new RegExp(`[\\u00C2-\\u00F4](?:${CONT}){1,3}`, 'g');
const utf8 = new TextDecoder('utf-8', { fatal: true });

function toByte(ch: string): number | null {
  const code = ch.charCodeAt(0);
  if (code <= 0xff) return code;
  return CP1252_REVERSE[ch] ?? null;
}

// Bytes cp1252 leaves undefined: a decoder wrote a zero-width space for them. 0x8D first (pdftotext's usual
// loss); 0x9D is the third byte of a right double quote (E2 80 9D), the one a twice-encoded dash or quote loses.
const LOST_BYTES = [0x8d, 0x9d, 0x81, 0x8f, 0x90];
// A guess that decodes to a control or format character (ZWJ from E2 80 8D) is the wrong guess when another fits.
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

function repairRun(run: string): string {
  const chars = [...run];
  if (!chars.includes('\u200B')) return decodePrefix(bytesOf(chars, 0), run) ?? run;
  let first: string | null = null;
  for (const guess of LOST_BYTES) {
    const repaired = decodePrefix(bytesOf(chars, guess), run);
    if (repaired === null) continue;
    first ??= repaired;
    if (!INVISIBLE.test(repaired)) return repaired;
  }
  return first ?? run;
}

/** The bytes a run's characters stood for (a zero-width space as `lost`); null entries where a character is no byte. */
function bytesOf(chars: string[], lost: number): (number | null)[] {
  return chars.map((ch) => (ch === '\u200B' ? lost : toByte(ch)));
}

/** The longest decodable UTF-8 prefix of a run's bytes, with the rest of the run as written; null when none decodes. */
function decodePrefix(bytes: (number | null)[], run: string): string | null {
  if (bytes.some((b) => b === null)) return null;
  for (let len = bytes.length; len >= 2; len--) {
    try {
      return utf8.decode(Uint8Array.from(bytes.slice(0, len) as number[])) + run.slice(len);
    } catch {
      // shorter prefix next
    }
  }
  return null;
}

/*
 * Text decoded wrongly twice (an em dash as "Ã¢â‚¬â€" plus a zero-width space, a diamond bullet as "Ã¢â„¢Â¦":
 * UTF-8 read as cp1252, written as UTF-8, read as cp1252 again) needs the repair twice: the first pass gives
 * the once-broken "â€" plus a right quote, the second the dash.
 * The loop stops as soon as a pass changes nothing (at most three passes).
 */
function repairMojibake(text: string): string {
  let current = text;
  for (let pass = 0; pass < 3; pass++) {
    const next = current.replace(MOJIBAKE_RUN, repairRun);
    if (next === current) break;
    current = next;
  }
  return current;
}

const BULLETS = /[\u2022\u00B7\u25AA\u25CF\u25E6\u25A0\u25B6\u27A2\u2756\u2713\u2714\u2219\u2043\u25C6\u25C7\u2666\uF0B7\uF0A7\uF076\uF0D8\u00A2\u00A4\u00A6\u00A8\u00A7\u00AA\u00B6\u2023\u25BA]/g;

/** Undo cp1252 mojibake, turn exotic bullets/dashes/spaces into plain ones, drop zero-width characters. */
export function cleanText(raw: string): string {
  let text = raw.replace(/\r\n?/g, '\n');
  if (/[\u00C2-\u00F4]/.test(text)) {
    text = repairMojibake(text);
    // Kaggle lost the middle byte of "•" (E2 80 A2) and similar three-byte glyphs.
    text = text.replace(/\u00E2[\u0080-\u00BF]?[\u00A2\u00A6\u00AA\u00B6\u00A4\u00A7]/g, '•').replace(/\u00E2(?=\s)/g, '•');
    text = text.replace(/\u00C2(?=[\s\u00A0])/g, '');
  }
  return text
    .replace(/[\u200B-\u200D\u2060\uFEFF\u0080-\u009F]/g, '')
    .replace(/[\uFF0D\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(BULLETS, '•')
    .replace(/[\u00A0\u2000-\u200A\u202F\u3000\t]/g, ' ')
    .replace(/\u00EF\u00BC-?/g, '-');
}

/** Lower-case, fold accents, and reduce punctuation to single spaces (for comparisons, never display). */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
}

/*
 * Text folding shared by person names (src/match/identity) and organisation names (org-key.ts):
 * case, accents (NFKD plus the Latin letters NFKD leaves alone: ß, ø, ł, æ…), Cyrillic romanised,
 * punctuation. A leaf here so retrieval can compare company names the way identity resolution does.
 */

const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

// Cyrillic to Latin as names are usually romanised in CVs (BGN/PCGN-like; -ий/-ый endings as "y").
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};

/** Lowercase, accent-free, punctuation-free text (apostrophes dropped: O'Brien → obrien). */
export function foldText(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[иы]й/g, 'y')
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßøłæœđðþı]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

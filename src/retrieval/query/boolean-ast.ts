/** Field prefixes a Boolean query may put on a term, phrase or parenthesised group. */
export const BOOLEAN_FIELDS = ['title', 'company', 'skill', 'school'] as const;
export type BooleanField = (typeof BOOLEAN_FIELDS)[number];

/** A single word; `prefix` is true for a trailing `*` wildcard (`engineer*`). */
interface TermNode {
  type: 'term';
  value: string;
  field: BooleanField | null;
  prefix: boolean;
  position: number;
}

/** A "quoted phrase": its words must appear next to each other. */
interface PhraseNode {
  type: 'phrase';
  value: string;
  field: BooleanField | null;
  position: number;
}

interface AndNode {
  type: 'and';
  children: BoolAst[];
  position: number;
}

interface OrNode {
  type: 'or';
  children: BoolAst[];
  position: number;
}

interface NotNode {
  type: 'not';
  child: BoolAst;
  position: number;
}

/** Parsed Boolean keyword query. Field prefixes on groups are pushed down onto their leaves. */
export type BoolAst = TermNode | PhraseNode | AndNode | OrNode | NotNode;
export type LeafNode = TermNode | PhraseNode;

/** The multilingual lexicon: one table per language, compiled once. */
import { compileLexicon } from './compile';
import type { CompiledLexicon } from './compile';
import { ar } from './ar';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ru } from './ru';
import type { Lexicon } from './types';
import { zh } from './zh';

export type { Lexicon, PreambleKey, OperativeKey, AssemblyBody, TextSeries } from './types';
export type { CompiledLexicon, PatternKey } from './compile';
export {
  addressableByItu,
  ituKindAddressed,
  ENTITIES,
  ENTITY_BY_KEY,
  sessionBody,
  STUDY_GROUP_NUMBERS,
} from './entities';
export type { EntityRecord } from './entities';
export {
  foldName,
  slot,
  phraseSource,
  templateSource,
  fromRequiredWord,
  anyOf,
  UNION_PART_LIMIT,
  compileLexicon,
  matchPatterns,
  matchEntities,
  matchAtWordStarts,
  matchWords,
  openerOf,
  unelided,
  hasCase,
  fullYear,
  councilSessions,
  GROUP_NAME,
} from './compile';

/** Every language table. */
export const LEXICONS: readonly Lexicon[] = [en, fr, es, ru, ar, zh];

const compiled = new Map<string, CompiledLexicon>();

/** The compiled lexicon of a language, or undefined if the language has no table. */
export function lexiconFor(language: string): CompiledLexicon | undefined {
  let c = compiled.get(language);
  if (!c) {
    const lex = LEXICONS.find((l) => l.language === language);
    if (!lex) return undefined;
    c = compileLexicon(lex);
    compiled.set(language, c);
  }
  return c;
}

/** Scripts whose letters include look-alikes of Latin ones (Unicode TR39's confusables). */
export type LookalikeScript = 'latin' | 'cyrillic' | 'greek' | 'armenian' | 'cherokee';

/** A value that may read as another: letters of look-alike scripts mixed in one word, or only look-alikes of Latin. */
export type ScriptMixing =
  | {
      kind: 'mixed';
      /** The first word that mixes scripts. */
      word: string;
      /** The scripts met in it, in the order they first occur. */
      scripts: LookalikeScript[];
      /** The word with each look-alike letter replaced by the Latin one it imitates. */
      lookalike: string;
    }
  | {
      kind: 'whole-script';
      /** The one non-Latin script all its letters are from. */
      script: Exclude<LookalikeScript, 'latin'>;
      /** The value with every letter replaced by the Latin one it imitates: it differs from the value. */
      lookalike: string;
    };

const SCRIPTS: readonly (readonly [LookalikeScript, RegExp])[] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['armenian', /\p{Script=Armenian}/u],
  ['cherokee', /\p{Script=Cherokee}/u],
];

// The letters of these scripts that TR39's confusables.txt maps to one ASCII letter (its skeleton),
// as pairs: a non-Latin letter, then the Latin letter it is drawn like.
const CONFUSABLE_PAIRS = [
  // Cyrillic
  'аaеeоoрpсcуyхxѕsіiјjһhԁdԛqԝwӏlАAВBЕEКKМMНHОOРPСCТTУYХXЅSІIЈJԚQԜWҮYӀI',
  // Greek
  'αaοoνvρpιiυuγyκkΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX',
  // Armenian
  'օoսuոnհhցgզqՍUՏSՕOԼL',
  // Cherokee
  'ᎪAᏴBᏟCᎬEᏀGᎻHᎫJᏦKᏞLᎷMᏢPᏚSᎢTᏙVᏔWᏃZ',
].join('');

function readPairs(pairs: string): Map<string, string> {
  const characters = [...pairs];
  const map = new Map<string, string>();
  for (let index = 0; index + 1 < characters.length; index += 2) map.set(characters[index] ?? '', characters[index + 1] ?? '');
  return map;
}

const CONFUSABLES: ReadonlyMap<string, string> = readPairs(CONFUSABLE_PAIRS);

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LETTER = /\p{L}/u;

function scriptOf(character: string): LookalikeScript | null {
  for (const [script, pattern] of SCRIPTS) if (pattern.test(character)) return script;
  return null;
}

function toLookalike(text: string): string {
  let out = '';
  for (const character of text) out += CONFUSABLES.get(character) ?? character;
  return out;
}

function scriptsOf(word: string): LookalikeScript[] {
  const scripts: LookalikeScript[] = [];
  for (const character of word) {
    if (!LETTER.test(character)) continue;
    const script = scriptOf(character);
    if (script !== null && !scripts.includes(script)) scripts.push(script);
  }
  return scripts;
}

function readWholeScript(text: string): ScriptMixing | null {
  let script: Exclude<LookalikeScript, 'latin'> | null = null;
  for (const character of text) {
    if (!LETTER.test(character)) continue;
    const found = scriptOf(character);
    if (found === null || found === 'latin' || (script !== null && found !== script) || !CONFUSABLES.has(character)) return null;
    script = found;
  }
  if (script === null) return null;
  return { kind: 'whole-script', script, lookalike: toLookalike(text) };
}

/**
 * Returns how `text` mixes look-alike scripts, or null: the first word (a run of letters, marks and
 * digits) holding letters of two or more of Latin, Cyrillic, Greek, Armenian and Cherokee (TR39 §5),
 * else a text whose letters are all look-alikes of Latin ones from one other script (TR39 §4's
 * whole-script confusable, e.g. Cyrillic `раураӏ`). Does not cover the full confusables table, only
 * letters drawn like ASCII ones; does not look for invisible characters (see `findHiddenCharacters`).
 */
export function findScriptMixing(text: string): ScriptMixing | null {
  for (const [word] of text.matchAll(WORD)) {
    const scripts = scriptsOf(word);
    if (scripts.length >= 2) return { kind: 'mixed', word, scripts, lookalike: toLookalike(word) };
  }
  return readWholeScript(text);
}

import { describe, expect, it } from 'vitest';
import { findScriptMixing, type ScriptMixing } from './find-script-mixing';

describe('findScriptMixing', () => {
  it.each<{ name: string; text: string; mixing: ScriptMixing | null }>([
    { name: 'Latin with a Cyrillic а', text: '\u0430dmin', mixing: { kind: 'mixed', word: '\u0430dmin', scripts: ['cyrillic', 'latin'], lookalike: 'admin' } },
    { name: 'раypal with a Cyrillic р and а', text: '\u0440\u0430ypal', mixing: { kind: 'mixed', word: '\u0440\u0430ypal', scripts: ['cyrillic', 'latin'], lookalike: 'paypal' } },
    { name: 'an e-mail address with a Greek ο', text: 'b\u03BFb@example.com', mixing: { kind: 'mixed', word: 'b\u03BFb', scripts: ['latin', 'greek'], lookalike: 'bob' } },
    { name: 'the second word of a scope', text: 'read \u0430dmin:write', mixing: { kind: 'mixed', word: '\u0430dmin', scripts: ['cyrillic', 'latin'], lookalike: 'admin' } },
    { name: 'Cyrillic look-alikes only', text: '\u0441\u043E\u0440\u0435', mixing: { kind: 'whole-script', script: 'cyrillic', lookalike: 'cope' } },
    { name: 'Greek capitals only', text: '\u0391\u0392\u0395', mixing: { kind: 'whole-script', script: 'greek', lookalike: 'ABE' } },
    { name: 'plain ASCII', text: 'admin', mixing: null },
    { name: 'a Russian word with letters unlike Latin ones', text: '\u0430\u0434\u043C\u0438\u043D', mixing: null },
    { name: 'Russian and English in separate words', text: 'admin \u0430\u0434\u043C\u0438\u043D', mixing: null },
    { name: 'Latin with accents', text: 'Jos\u00E9 Mu\u00F1oz', mixing: null },
    { name: 'Korean and Latin', text: '\uAD00\uB9AC\uC790 admin', mixing: null },
    { name: 'digits and punctuation only', text: '123-456', mixing: null },
    { name: 'an empty text', text: '', mixing: null },
  ])('$name', ({ text, mixing }) => {
    expect(findScriptMixing(text)).toEqual(mixing);
  });
});

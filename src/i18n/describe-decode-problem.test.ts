import { describe, expect, it } from 'vitest';
import type { DecodeProblem } from '../core/inspect-token';
import { describeDecodeProblem, type DecodeProblemMessage } from './describe-decode-problem';

describe('describeDecodeProblem', () => {
  it.each<[string, DecodeProblem, DecodeProblemMessage]>([
    ['wrong part count', { place: 'structure', error: { code: 'wrong-part-count', found: 2 } }, { place: 'structure', key: 'problem.wrongPartCount', values: { found: 2 } }],
    [
      'unexpected character, counted from 1',
      { place: 'structure', error: { code: 'unexpected-character', position: 4, character: '$' } },
      { place: 'structure', key: 'problem.unexpectedCharacter', values: { position: 5, character: '$' } },
    ],
    ['empty part', { place: 'signature', error: { code: 'empty' } }, { place: 'signature', key: 'problem.empty', values: {} }],
    [
      'base64 character, counted from 1',
      { place: 'header', error: { code: 'base64-invalid-character', position: 0, character: '*' } },
      { place: 'header', key: 'problem.base64Character', values: { position: 1, character: '*' } },
    ],
    ['base64 length', { place: 'payload', error: { code: 'base64-invalid-length', length: 5 } }, { place: 'payload', key: 'problem.base64Length', values: { length: 5 } }],
    ['UTF-8, the byte offset as it is', { place: 'payload', error: { code: 'utf8-invalid', byteOffset: 3 } }, { place: 'payload', key: 'problem.utf8', values: { offset: 3 } }],
    [
      'JSON syntax with its text as context',
      { place: 'header', error: { code: 'json-syntax', position: 1, found: 'x' }, text: '{x}' },
      { place: 'header', key: 'problem.jsonSyntax', values: { position: 2, found: 'x' }, context: { text: '{x}', position: 1 } },
    ],
    [
      'JSON syntax without text has no context',
      { place: 'header', error: { code: 'json-syntax', position: 1, found: 'x' } },
      { place: 'header', key: 'problem.jsonSyntax', values: { position: 2, found: 'x' } },
    ],
    [
      'JSON end with its text as context',
      { place: 'payload', error: { code: 'json-unexpected-end', position: 1 }, text: '{' },
      { place: 'payload', key: 'problem.jsonEnd', values: { position: 2 }, context: { text: '{', position: 1 } },
    ],
    [
      'JSON too deep',
      { place: 'payload', error: { code: 'json-too-deep', position: 9, maxDepth: 8 } },
      { place: 'payload', key: 'problem.jsonTooDeep', values: { position: 10, depth: 8 } },
    ],
    ['JSON not an object', { place: 'header', error: { code: 'json-not-object', found: 'array' } }, { place: 'header', key: 'problem.jsonNotObject', values: { found: 'array' } }],
  ])('%s', (_name, problem, message) => {
    expect(describeDecodeProblem(problem)).toEqual(message);
  });
});

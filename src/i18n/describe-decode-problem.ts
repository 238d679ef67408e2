import type { DecodeProblem } from '../core/inspect-token';
import type { PartError, PartName, StructureError } from '../core/token/decoded-token';
import { sayPosition } from './format';
import type { MessageKey, MessageValues } from './i18n';

/** Where a problem is, as the contract's `data-part` of `decode-error`. */
export type DecodeProblemPlace = 'structure' | PartName;

/** A decode problem as the app's message for it, and where it is. */
export interface DecodeProblemMessage {
  place: DecodeProblemPlace;
  key: MessageKey;
  values: MessageValues;
  /** The decoded text and the index in it, for JSON errors: shown with a caret. */
  context?: { text: string; position: number };
}

function describeStructureError(error: StructureError): DecodeProblemMessage {
  switch (error.code) {
    case 'wrong-part-count':
      return { place: 'structure', key: 'problem.wrongPartCount', values: { found: error.found } };
    case 'unexpected-character':
      return {
        place: 'structure',
        key: 'problem.unexpectedCharacter',
        values: { position: sayPosition(error.position), character: error.character },
      };
  }
}

function describePartError(place: PartName, error: PartError, text: string | undefined): DecodeProblemMessage {
  const base = { place };
  switch (error.code) {
    case 'empty':
      return { ...base, key: 'problem.empty', values: {} };
    case 'base64-invalid-character':
      return {
        ...base,
        key: 'problem.base64Character',
        values: { position: sayPosition(error.position), character: error.character },
      };
    case 'base64-invalid-length':
      return { ...base, key: 'problem.base64Length', values: { length: error.length } };
    case 'utf8-invalid':
      return { ...base, key: 'problem.utf8', values: { offset: error.byteOffset } };
    case 'json-syntax':
      return {
        ...base,
        key: 'problem.jsonSyntax',
        values: { position: sayPosition(error.position), found: error.found },
        ...(text === undefined ? {} : { context: { text, position: error.position } }),
      };
    case 'json-unexpected-end':
      return {
        ...base,
        key: 'problem.jsonEnd',
        values: { position: sayPosition(error.position) },
        ...(text === undefined ? {} : { context: { text, position: error.position } }),
      };
    case 'json-too-deep':
      return { ...base, key: 'problem.jsonTooDeep', values: { position: sayPosition(error.position), depth: error.maxDepth } };
    case 'json-not-object':
      return { ...base, key: 'problem.jsonNotObject', values: { found: error.found } };
  }
}

/**
 * A decode problem (structure or one part's) as a message key with values and its place; positions
 * counted from 1, as people count. A JSON error with its decoded text also carries that text as context.
 */
export function describeDecodeProblem(problem: DecodeProblem): DecodeProblemMessage {
  return problem.place === 'structure' ? describeStructureError(problem.error) : describePartError(problem.place, problem.error, problem.text);
}

import type { DecodeProblem } from '../../../core/inspect-token';
import type { PartError, StructureError } from '../../../core/token/decoded-token';
import { sayPosition } from '../../../i18n/format';
import type { MessageKey, MessageValues } from '../../../i18n/i18n';

/** A message of the app catalogue with its values. */
export interface Message {
  key: MessageKey;
  values: MessageValues;
}

type Describers<Error extends { code: string }> = { [Code in Error['code']]: (error: Extract<Error, { code: Code }>) => Message };

const STRUCTURE: Describers<StructureError> = {
  'wrong-part-count': (error) => ({ key: 'problem.wrongPartCount', values: { found: error.found } }),
  'unexpected-character': (error) => ({ key: 'problem.unexpectedCharacter', values: { position: sayPosition(error.position), character: error.character } }),
};

const PART: Describers<PartError> = {
  empty: () => ({ key: 'problem.empty', values: {} }),
  'base64-invalid-character': (error) => ({ key: 'problem.base64Character', values: { position: sayPosition(error.position), character: error.character } }),
  'base64-invalid-length': (error) => ({ key: 'problem.base64Length', values: { length: error.length } }),
  'utf8-invalid': (error) => ({ key: 'problem.utf8', values: { offset: error.byteOffset } }),
  'json-syntax': (error) => ({ key: 'problem.jsonSyntax', values: { position: sayPosition(error.position), found: error.found } }),
  'json-unexpected-end': (error) => ({ key: 'problem.jsonEnd', values: { position: sayPosition(error.position) } }),
  'json-too-deep': (error) => ({ key: 'problem.jsonTooDeep', values: { position: sayPosition(error.position), depth: error.maxDepth } }),
  'json-not-object': (error) => ({ key: 'problem.jsonNotObject', values: { found: error.found } }),
};

function describeWith<Error extends { code: string }>(describers: Describers<Error>, error: Error): Message {
  return (describers[error.code as Error['code']] as (error: Error) => Message)(error);
}

/** A decode problem as the app's message for it (positions counted from 1). */
export function describeProblem(problem: DecodeProblem): Message {
  return problem.place === 'structure' ? describeWith(STRUCTURE, problem.error) : describeWith(PART, problem.error);
}

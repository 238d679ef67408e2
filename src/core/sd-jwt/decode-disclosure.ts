import { decodeBase64Url } from '../encoding/base64url';
import { decodeUtf8Strict } from '../encoding/utf8';
import type { JsonValue } from '../json/json-value';
import { parseJson } from '../json/parse-json';

/** Why a disclosure could not be read (RFC 9901 §4.2). */
export type DisclosureError =
  | 'empty'
  | 'base64-invalid'
  | 'utf8-invalid'
  | 'json-invalid'
  | 'not-array'
  | 'element-count'
  | 'salt-not-string'
  | 'name-not-string'
  /** `_sd` and `...` may not be disclosed as claim names (RFC 9901 §4.2.1). */
  | 'name-reserved';

/** A disclosure as read: an object member (`[salt, name, value]`), an array element (`[salt, value]`), or why not. */
export type DecodedDisclosure =
  | { ok: true; kind: 'member'; salt: string; name: string; value: JsonValue; json: string }
  | { ok: true; kind: 'element'; salt: string; value: JsonValue; json: string }
  | { ok: false; error: DisclosureError; json?: string };

const RESERVED_NAMES = new Set(['_sd', '...']);

/** Returns the disclosure's salt, claim name and value from its base64url text; does not check its digest or where it belongs. */
export function decodeDisclosure(text: string): DecodedDisclosure {
  if (text.length === 0) return { ok: false, error: 'empty' };
  const bytes = decodeBase64Url(text);
  if (!bytes.ok) return { ok: false, error: 'base64-invalid' };
  const utf8 = decodeUtf8Strict(bytes.bytes);
  if (!utf8.ok) return { ok: false, error: 'utf8-invalid' };
  const json = utf8.text;
  const parsed = parseJson(json);
  if (!parsed.ok) return { ok: false, error: 'json-invalid', json };
  const array = parsed.value;
  if (!Array.isArray(array)) return { ok: false, error: 'not-array', json };
  if (array.length !== 2 && array.length !== 3) return { ok: false, error: 'element-count', json };
  const [salt, nameOrValue, value] = array;
  if (typeof salt !== 'string') return { ok: false, error: 'salt-not-string', json };
  if (array.length === 2) return { ok: true, kind: 'element', salt, value: nameOrValue as JsonValue, json };
  if (typeof nameOrValue !== 'string') return { ok: false, error: 'name-not-string', json };
  if (RESERVED_NAMES.has(nameOrValue)) return { ok: false, error: 'name-reserved', json };
  return { ok: true, kind: 'member', salt, name: nameOrValue, value: value as JsonValue, json };
}

import type { JsonValue } from '../json/json-value';
import { readJsonMembers } from '../json/read-json-members';

/** One top-level member as written, duplicates included. */
export interface TopLevelMember {
  name: string;
  value: JsonValue;
}

/**
 * Returns every member of a JSON object text in order (only those called `name` when given),
 * repeated names included (JSON.parse keeps only the last); returns [] for text that is not JSON.
 * No cap: a copy hidden behind many members still counts; only the returned values are parsed.
 */
export function readTopLevelMembers(text: string, name?: string): TopLevelMember[] {
  const reading = readJsonMembers(text, { topLevelOnly: true, maxMembers: Number.POSITIVE_INFINITY });
  if (reading.error !== null) return [];
  return (name === undefined ? reading.members : reading.members.filter((member) => member.name === name)).map((member) => ({ name: member.name, value: JSON.parse(text.slice(member.valueStart, member.end)) as JsonValue }));
}

import type { ClaimLocation, GlossaryEntry, GlossaryFamily, GlossaryPattern, SourceRef, ValueKind } from './glossary-entry';

/** A section of an RFC, linked on rfc-editor.org. */
export function rfc(number: number, section: string): SourceRef {
  return { label: `RFC ${number} §${section}`, url: `https://www.rfc-editor.org/rfc/rfc${number}#section-${section}` };
}

/** A section of an OpenID Foundation specification, linked by its anchor. */
export function openid(spec: string, title: string, section: string, anchor: string): SourceRef {
  return { label: `${title} §${section}`, url: `https://openid.net/specs/${spec}.html#${anchor}` };
}

/** A section of OpenID Connect Core 1.0. */
export const OIDC_CORE = (section: string, anchor: string): SourceRef => openid('openid-connect-core-1_0', 'OpenID Connect Core 1.0', section, anchor);

type TitleKey<Prefix extends string, Name extends string> = `glossary.${Prefix}.${Name}.title`;
type TextKey<Prefix extends string, Name extends string> = `glossary.${Prefix}.${Name}.text`;

/** A payload claim whose catalogue keys are derived from its name (`glossary.claim.<name>.title|text`). */
export function claim<const Name extends string>(
  name: Name,
  family: GlossaryFamily,
  kind: ValueKind,
  sources: readonly [SourceRef, ...SourceRef[]],
): GlossaryEntry<TitleKey<'claim', Name> | TextKey<'claim', Name>> {
  return entry('payload', 'claim', name, family, kind, sources);
}

/** A JOSE header parameter (`glossary.param.<name>.title|text`). */
export function parameter<const Name extends string>(
  name: Name,
  kind: ValueKind,
  sources: readonly [SourceRef, ...SourceRef[]],
): GlossaryEntry<TitleKey<'param', Name> | TextKey<'param', Name>> {
  return entry('header', 'param', name, 'jose', kind, sources);
}

/** A family of payload claims recognised by the form of their name (`glossary.pattern.<name>.title|text`). */
export function pattern<const Name extends string>(
  name: Name,
  family: GlossaryFamily,
  namePattern: RegExp,
  sources: readonly [SourceRef, ...SourceRef[]],
): GlossaryPattern<TitleKey<'pattern', Name> | TextKey<'pattern', Name>> {
  return { ...entry('payload', 'pattern', name, family, 'string', sources), namePattern };
}

function entry<const Prefix extends string, const Name extends string>(
  where: ClaimLocation,
  prefix: Prefix,
  name: Name,
  family: GlossaryFamily,
  kind: ValueKind,
  sources: readonly [SourceRef, ...SourceRef[]],
): GlossaryEntry<TitleKey<Prefix, Name> | TextKey<Prefix, Name>> {
  return {
    name,
    where,
    family,
    kind,
    sources,
    titleKey: `glossary.${prefix}.${name}.title`,
    messageKey: `glossary.${prefix}.${name}.text`,
  };
}

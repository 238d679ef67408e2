import { describe, expect, it } from 'vitest';
import { isMlDsaKeyFor, mlDsaNameOf, type KeyInfo } from './key-info';

const KEYS: Readonly<Record<string, KeyInfo>> = {
  mlDsa44: { type: 'other', algorithm: 'ML-DSA-44' },
  mlDsa87: { type: 'other', algorithm: 'ML-DSA-87' },
  unknownAkp: { type: 'other', algorithm: 'AKP' },
  unnamedOid: { type: 'other', algorithm: '2.16.840.1.101.3.4.3.20' },
  ed448: { type: 'okp', curve: 'Ed448' },
  p256: { type: 'ec', curve: 'P-256' },
  secret: { type: 'oct', byteLength: 32 },
};

describe('mlDsaNameOf', () => {
  it.each([
    ['mlDsa44', 'ML-DSA-44'],
    ['mlDsa87', 'ML-DSA-87'],
    ['unknownAkp', null],
    ['unnamedOid', null],
    ['ed448', null],
    ['secret', null],
  ])('%s → %s', (key, expected) => {
    expect(mlDsaNameOf(KEYS[key] as KeyInfo)).toBe(expected);
  });
});

describe('isMlDsaKeyFor', () => {
  it.each([
    ['ML-DSA-44', 'mlDsa44', true],
    ['ML-DSA-87', 'mlDsa87', true],
    ['ML-DSA-65', 'mlDsa44', false],
    ['ML-DSA-44', 'mlDsa87', false],
    ['AKP', 'unknownAkp', false],
    ['ML-DSA-44', 'unknownAkp', false],
    ['ML-DSA-44', 'ed448', false],
    ['ES256', 'p256', false],
    ['HS256', 'secret', false],
  ])('%s with %s → %s', (alg, key, expected) => {
    expect(isMlDsaKeyFor(alg, KEYS[key] as KeyInfo)).toBe(expected);
  });
});

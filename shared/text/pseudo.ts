// Runs anywhere (the renderer loads it on demand for ?lang=xx). The pseudo-locale `xx`, generated from the
// English catalogue: every string wrapped in ⟦…⟧ with its letters accented, so a screen shown in it
// reveals at a glance (and to a test) any text that bypassed i18next, and whether layouts survive longer
// words. Interpolations ({{name}}), nesting ($t(key)) and <0>tags</0> stay intact.
import { en, type TextCatalogue } from './en';

const ACCENTS: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** Parts of a message that must reach i18next unchanged. */
const PROTECTED = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+\s*\/?>|<\/?[a-z]+\s*\/?>)/g;

export function pseudoString(text: string): string {
  const body = text
    .split(PROTECTED)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTS[c] ?? c)))
    .join('');
  return `${PSEUDO_OPEN}${body}${PSEUDO_CLOSE}`;
}

type Tree = { readonly [key: string]: string | Tree };

/** The same key tree with every string pseudo-localised. */
export function pseudoLocalize<T extends Tree>(tree: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree))
    out[key] = typeof value === 'string' ? pseudoString(value) : pseudoLocalize(value);
  return out as T;
}

/** The whole pseudo catalogue, for the renderer's on-demand loader. */
export const xx = (): TextCatalogue => pseudoLocalize(en);

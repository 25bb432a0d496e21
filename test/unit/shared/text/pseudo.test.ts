import { describe, expect, it } from 'vitest';
import { en } from '@shared/text/en';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoLocalize, pseudoString, xx } from '@shared/text/pseudo';
import { flatten, type Tree } from '@test/support/text-catalogue';

describe('pseudo-locale', () => {
  it('wraps and accents text but keeps interpolations, nesting and tags', () => {
    expect(pseudoString('Version {{version}}')).toBe('⟦Ṽéŕšíóñ {{version}}⟧');
    expect(pseudoString('See $t(app.version) and <0>help</0>')).toBe('⟦Šéé $t(app.version) áñð <0>ĥéļþ</0>⟧');
    expect(pseudoString('')).toBe('⟦⟧');
  });

  it('covers every English key with a wrapped string', () => {
    const enFlat = flatten(en as unknown as Tree);
    const pseudo = flatten(pseudoLocalize(en as unknown as Tree));
    expect([...pseudo.keys()]).toEqual([...enFlat.keys()]);
    for (const value of pseudo.values()) {
      expect(value.startsWith(PSEUDO_OPEN) && value.endsWith(PSEUDO_CLOSE)).toBe(true);
    }
    expect(flatten(xx() as unknown as Tree)).toEqual(pseudo);
  });
});

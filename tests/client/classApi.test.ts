// What a class code and a teacher link may look like in the browser, before any request.
import { describe, expect, it } from 'vitest';
import { keyFromHash } from '../../src/net/classApi';
import { CODE_ALPHABET, normalizeCode } from '../../src/online/classroom';

describe('class codes typed by a student', () => {
  it('takes lower case, spaces and dashes, and gives the canonical code', () => {
    expect(normalizeCode('k7qx2m')).toBe('K7QX2M');
    expect(normalizeCode(' K7Q-X2M ')).toBe('K7QX2M');
    expect(normalizeCode('k7q x2m')).toBe('K7QX2M');
  });
  it('refuses codes of the wrong length or with look-alike letters the alphabet leaves out', () => {
    expect(normalizeCode('')).toBeNull();
    expect(normalizeCode('K7QX2')).toBeNull();
    expect(normalizeCode('K7QX2MM')).toBeNull();
    for (const ch of ['0', 'O', '1', 'I', 'L']) {
      expect(CODE_ALPHABET.includes(ch)).toBe(false);
      expect(normalizeCode(`K7QX2${ch}`)).toBeNull();
    }
    expect(normalizeCode('<b>x</b>')).toBeNull();
  });
});

describe('the teacher key in the address fragment', () => {
  it('reads a url-safe key and refuses anything else', () => {
    const key = 'aB3_-'.repeat(8);
    expect(keyFromHash(`#key=${key}`)).toBe(key);
    expect(keyFromHash('')).toBeNull();
    expect(keyFromHash('#key=short')).toBeNull();
    expect(keyFromHash('#key=<script>alert(1)</script>aaaaaaaaaaaaaaaa')).toBeNull();
  });
});

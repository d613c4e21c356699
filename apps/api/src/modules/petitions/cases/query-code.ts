import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const LENGTH = 12;

/**
 * 查询码: 12 symbols from a 32-symbol alphabet (60 bits), drawn from the system CSPRNG, so the code
 * on the petitioner's receipt cannot be guessed from the case number or from other codes.
 */
export function newQueryCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

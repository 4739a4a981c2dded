const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}\p{Extended_Pictographic}]/u;

/** `“’”` for a character people can see; its code for a space or an invisible one they cannot. */
export function describeCharacter(character: string): string {
  if (VISIBLE.test(character)) return `“${character}”`;
  const code = character.codePointAt(0) ?? 0;
  return `an invisible character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** "“’”", "“’” and “😀”", "“’”, “😀” and 2 more". */
export function describeCharacters(characters: readonly string[], shown = 3): string {
  const named = characters.slice(0, shown).map(describeCharacter);
  const more = characters.length - named.length;
  if (more > 0) return `${named.join(', ')} and ${more} more`;
  if (named.length <= 1) return named.join('');
  return `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

import { diff3Merge } from 'node-diff3';

interface Region {
  ok?: string[];
  conflict?: { a: string[]; o: string[]; b: string[] };
}

/**
 * The rule for a card's text when two people change it at once (the host typing in the card,
 * a participant or co-facilitator editing it from the room): a three-way merge by character
 * (diff3, as version control merges lines), from the text the host started from. What each
 * changed survives; where both changed the very same characters, the host's typing wins, since
 * the host is the one looking at the card. Letters are compared whole (a Vietnamese letter with
 * its marks, an emoji), never split into UTF-16 halves.
 */
export function mergeText(base: string, mine: string, theirs: string): string {
  if (theirs === base || theirs === mine) return mine;
  if (mine === base) return theirs;
  const letters = (s: string) => Array.from(s.normalize('NFC'));
  const regions = diff3Merge(letters(mine), letters(base), letters(theirs), {
    excludeFalseConflicts: true,
  }) as Region[];
  return regions.map((r) => (r.ok ?? r.conflict?.a ?? []).join('')).join('');
}

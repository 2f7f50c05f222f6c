import type { Card, JourneyMap } from './types';

export interface BlueprintFinding {
  cardId: string;
  problem: 'unsupported-action' | 'no-owner';
  /** The card's text, shortened for a one-line message; '' for an empty card. */
  excerpt: string;
}

const SUPPORT_TYPES = new Set<Card['type']>(['frontstage', 'backstage']);
const OWNED_TYPES = new Set<Card['type']>(['frontstage', 'backstage', 'support']);

/**
 * The service-blueprint check: customer actions with no frontstage or backstage step behind
 * them (neither linked by a connector nor in the same stage), and service steps nobody owns.
 */
export function blueprintCheck(doc: JourneyMap): BlueprintFinding[] {
  const stageIndex = new Map(doc.stages.map((s, i) => [s.id, i]));
  const covers = (c: Card) => {
    const start = stageIndex.get(c.stageId) ?? 0;
    return new Set(doc.stages.slice(start, start + c.stageSpan).map((s) => s.id));
  };
  const byId = new Map(doc.cards.map((c) => [c.id, c]));
  const supportStages = new Set(doc.cards.filter((c) => SUPPORT_TYPES.has(c.type)).flatMap((c) => [...covers(c)]));
  const findings: BlueprintFinding[] = [];
  const short = (t: string) => (t.length > 60 ? `${t.slice(0, 57)}…` : t);
  for (const card of doc.cards) {
    if (card.type === 'action') {
      const linked = doc.connectors.some((k) => {
        const other = k.from === card.id ? byId.get(k.to) : k.to === card.id ? byId.get(k.from) : undefined;
        return other !== undefined && SUPPORT_TYPES.has(other.type);
      });
      const sameStage = [...covers(card)].some((s) => supportStages.has(s));
      if (!linked && !sameStage)
        findings.push({ cardId: card.id, problem: 'unsupported-action', excerpt: short(card.text) });
    }
    if (OWNED_TYPES.has(card.type) && !card.owner.trim())
      findings.push({ cardId: card.id, problem: 'no-owner', excerpt: short(card.text) });
  }
  return findings;
}

import type { ExampleSpec } from './buildExample';

/** A future-state map: the envisioned online grocery experience, with the changes that make it. */
export const FUTURE_GROCERY: ExampleSpec = {
  kind: 'future-state',
  language: 'en',
  title: 'Online grocery — future state',
  scenario: 'A weekly grocery order that takes five minutes and arrives on time',
  persona: {
    name: 'Hoa, 41, parent of two',
    description: 'Groceries should be the easiest thing I do all week.',
    goals: ['Order in five minutes', 'Fresh produce, no substitutions I did not agree to'],
  },
  stages: ['Awareness', 'Consideration', 'Decision', 'Action (Purchase)', 'Loyalty'],
  lanes: [
    // Actions
    [
      ['Gets a reminder when staples run low'],
      ['Reviews a pre-filled basket'],
      ['Approves substitutions up front'],
      ['Picks a one-hour delivery slot'],
      ['Rates freshness item by item'],
    ],
    // Touchpoints & channels
    [
      [{ text: 'Smart reminder', channel: 'app', evidence: 'proposed' }],
      [{ text: 'Basket from past orders', channel: 'app', evidence: 'proposed' }],
      [{ text: 'Substitution preferences', channel: 'app', evidence: 'proposed' }],
      [{ text: 'Live driver tracking', channel: 'app', evidence: 'proposed' }],
      [{ text: 'Freshness guarantee refund', channel: 'chat', evidence: 'proposed' }],
    ],
    // Thoughts
    [
      ['“It knew I was out of milk.”'],
      ['“Most of this is what I always buy.”'],
      ['“No surprise swaps this time.”'],
      ['“I know exactly when they arrive.”'],
      ['“They took my feedback seriously.”'],
    ],
    // Pain points
    [[], [], [], [{ text: 'Slots still scarce on Sunday evenings', evidence: 'assumed' }], []],
    // Opportunities
    [[], [], [], [{ text: 'Reward off-peak slots', evidence: 'proposed' }], []],
    // Ideas / changes
    [
      [{ text: 'Predict run-out dates from order history', evidence: 'proposed' }],
      [{ text: 'Basket builds itself; the customer edits', evidence: 'proposed' }],
      [{ text: 'Ask once, remember substitution rules', evidence: 'proposed' }],
      [{ text: 'Shorter slots with live tracking', evidence: 'proposed' }],
      [{ text: 'Instant refund for a bad item, no call', evidence: 'proposed' }],
    ],
  ],
  emotions: [
    [1, 'Relieved'],
    [2, 'Efficient'],
    [2, 'In control'],
    [1, 'Calm'],
    [3, 'Loyal'],
  ],
};

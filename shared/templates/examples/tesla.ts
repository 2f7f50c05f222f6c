import type { ExampleSpec } from './buildExample';

/** The seed article's worked example: Tesla, from a showroom test drive to over-the-air updates. */
export const TESLA: ExampleSpec = {
  kind: 'current-state',
  language: 'en',
  title: 'Tesla: from test drive to over-the-air updates',
  scenario: 'Buying a first electric car and living with it for the first year',
  persona: {
    name: 'Minh, 34, product manager',
    description: 'I want a car that gets better after I buy it, not one that starts ageing in the showroom.',
    goals: ['Drive electric without range anxiety', 'A simple, transparent buying process'],
  },
  stages: ['Awareness', 'Consideration', 'Decision', 'Delivery', 'Ownership & updates'],
  lanes: [
    // Actions
    [
      ['Sees the CEO’s posts and friends’ videos of the car'],
      ['Books a test drive online', 'Test-drives at the showroom'],
      ['Configures the car and pays the deposit online'],
      ['Picks the car up at the delivery centre'],
      ['Receives an over-the-air update overnight', 'Shares the new feature with friends'],
    ],
    // Touchpoints & channels
    [
      [{ text: 'CEO and owners on social media', channel: 'social' }],
      [
        { text: 'Online booking form', channel: 'website' },
        { text: 'Showroom advisor', channel: 'store' },
      ],
      [{ text: 'Online configurator and payment', channel: 'website' }],
      [
        { text: 'Delivery centre hand-over', channel: 'store' },
        { text: 'Delivery updates in the app', channel: 'app' },
      ],
      [
        { text: 'Release notes in the app', channel: 'app' },
        { text: 'Service booking in the app', channel: 'app' },
      ],
    ],
    // Thoughts
    [
      ['“Is an electric car ready for my daily commute?”'],
      ['“The acceleration is unreal — but where do I charge?”'],
      ['“No haggling, the price is the price.”'],
      ['“When exactly will my car arrive?”'],
      ['“My car got a new feature while I slept.”'],
    ],
    // Pain points
    [
      [],
      [{ text: 'Test-drive slots are booked out two weeks ahead', evidence: 'observed' }],
      [{ text: 'Delivery date is a range, not a date', evidence: 'observed' }],
      [{ text: 'Hand-over feels rushed on busy days', evidence: 'observed' }],
      [{ text: 'Service centres are far from the suburbs', evidence: 'assumed' }],
    ],
    // Opportunities
    [
      [{ text: 'Owner referral rewards', evidence: 'proposed' }],
      [{ text: 'Home test drives in peak weeks', evidence: 'proposed' }],
      [{ text: 'A firm delivery date at payment', evidence: 'proposed' }],
      [{ text: 'A video walkthrough before pick-up', evidence: 'proposed' }],
      [{ text: 'Mobile service visits', evidence: 'proposed' }],
    ],
  ],
  emotions: [
    [1, 'Curious'],
    [3, 'Thrilled'],
    [1, 'Confident'],
    [-1, 'Anxious'],
    [3, 'Delighted'],
  ],
};

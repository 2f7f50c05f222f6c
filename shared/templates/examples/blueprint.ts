import type { ExampleSpec } from './buildExample';

/** A service blueprint: a car service visit booked in an app, with the work behind each step. */
export const SERVICE_VISIT: ExampleSpec = {
  kind: 'service-blueprint',
  language: 'en',
  title: 'Car service visit — service blueprint',
  scenario: 'An owner books a service in the app and gets the car back the same day',
  persona: {
    name: 'Minh, 34, product manager',
    description: 'Tell me what is wrong, what it costs and when it is done.',
    goals: ['Same-day service', 'No surprise costs'],
  },
  stages: ['Book', 'Drop off', 'Service', 'Pay', 'Pick up'],
  lanes: [
    // Physical / digital evidence
    [
      ['Booking confirmation in the app'],
      ['Service desk, loan car keys'],
      ['Photo updates in the app'],
      ['Itemised invoice'],
      ['Clean car, report in the app'],
    ],
    // Customer actions
    [
      [{ text: 'Chooses a slot and describes the problem', key: 'c1', links: ['f1'] }],
      [{ text: 'Hands over the car', key: 'c2', links: ['f2'] }],
      [{ text: 'Approves the extra repair', key: 'c3', links: ['f3'] }],
      [{ text: 'Pays in the app', key: 'c4', links: ['f4'] }],
      [{ text: 'Collects the car', key: 'c5', links: ['f5'] }],
    ],
    // Frontstage actions
    [
      [{ text: 'App confirms the slot and the estimate', owner: 'Booking team', key: 'f1', links: ['b1'] }],
      [{ text: 'Advisor checks the car in with the owner', owner: 'Service advisor', key: 'f2', links: ['b2'] }],
      [{ text: 'Advisor sends photos and a quote', owner: 'Service advisor', key: 'f3', links: ['b3'] }],
      [{ text: 'App shows the invoice', owner: 'Billing', key: 'f4' }],
      [{ text: 'Advisor explains the work done', owner: 'Service advisor', key: 'f5' }],
    ],
    // Backstage actions
    [
      [{ text: 'Planner assigns a bay and a technician', owner: 'Workshop planner', key: 'b1', links: ['s1'] }],
      [{ text: 'Technician runs diagnostics', owner: 'Technician', key: 'b2', links: ['s2'] }],
      [{ text: 'Parts ordered from the warehouse', owner: 'Parts desk', key: 'b3', links: ['s3'] }],
      [{ text: 'Invoice checked against the work order', owner: 'Billing' }],
      [{ text: 'Car washed and parked at the exit', owner: 'Valet' }],
    ],
    // Support processes
    [
      [{ text: 'Scheduling system', owner: 'IT', key: 's1' }],
      [{ text: 'Diagnostics platform', owner: 'IT', key: 's2' }],
      [{ text: 'Parts inventory and logistics', owner: 'Supply chain', key: 's3' }],
      [{ text: 'Payment provider', owner: 'Finance' }],
      [{ text: 'Customer feedback survey', owner: 'CX team' }],
    ],
  ],
  emotions: [],
};

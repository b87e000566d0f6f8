import { describe, expect, it } from 'vitest';
import { asksForPerson } from './asks-for-person.js';

describe('recognising a request for a person', () => {
  it('hears the common ways of asking for a human', () => {
    for (const text of [
      'Can I talk to a human?',
      'I want to speak with a real person',
      'human please',
      'Agent!',
      'Please connect me to someone from support',
      'Could I chat with an agent about my order',
    ])
      expect(asksForPerson(text), text).toBe(true);
  });

  it('does not hand over questions that only mention people or agents', () => {
    for (const text of [
      'How much does shipping cost?',
      'Is the cleaning agent included in the kit?',
      'My person at the post office says the parcel is lost',
      'Do you talk about water chemistry in the guide?',
    ])
      expect(asksForPerson(text), text).toBe(false);
  });
});

// Customers rarely find the button first: "can I talk to a human?" typed to the assistant must
// work just as well. Conservative on purpose: a question that merely mentions an agent or a
// person ("is the agent's parcel here?") is answered, not handed over.
const ASKS = [
  /\b(talk|speak|chat)\s+(to|with)\s+(a|an|some|the)?\s*(real\s+)?(human|person|people|agent|someone|somebody|representative|operator|staff|employee)\b/i,
  /\b(a|an)\s+(real\s+)?(human|person|representative|operator)\s*(please|pls|now)?[.!?]*$/i,
  /^\s*(human|agent|representative|operator|real person)\s*(please|pls|now)?[.!?]*\s*$/i,
  /\bconnect\s+me\s+(to|with)\b/i,
];

/** Whether a message asks for a person rather than asking a question. */
export function asksForPerson(text: string): boolean {
  return ASKS.some((re) => re.test(text));
}

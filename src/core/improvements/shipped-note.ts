/**
 * What a raiser is told when an improvement ships, in the first person of the named person who
 * owns it: what they raised, what changed, and thanks for saying so.
 */
export function shippedNote(o: {
  customerName: string | null;
  topic: string | null;
  title: string;
  announcement: string;
  sender: string;
  company: string;
}): string {
  const hello = o.customerName ? `Hi ${o.customerName.split(/\s+/)[0]},` : 'Hello,';
  const raised = o.topic ? `you told us about ${o.topic.toLowerCase()}` : 'you told us about this';
  const what = o.announcement || `We have made a change: ${o.title}.`;
  const signed = o.company ? `${o.sender}, ${o.company}` : o.sender;
  return `${hello} ${raised}, and we listened. ${what} Thank you for telling us. — ${signed}`;
}

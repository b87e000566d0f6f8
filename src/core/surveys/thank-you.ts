/**
 * The personal thank-you every answer gets, in the first person of the named person who sends
 * it. An unhappy answer is told that this person will get in touch, because they will: it opened
 * a follow-up they own.
 */
export function thankYouText(o: { unhappy: boolean; customerName?: string | null }): string {
  const hello = o.customerName ? `Thank you, ${o.customerName.split(/\s+/)[0]}. ` : 'Thank you. ';
  return o.unhappy
    ? `${hello}I am sorry we let you down, and glad you told us. I will get in touch with you ` +
        'myself to put this right.'
    : `${hello}I read every answer myself, and yours helps us get better.`;
}

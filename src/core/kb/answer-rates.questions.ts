// Store-policy questions written by hand from ../shared/data/abcd/guidelines.json, phrased as a
// customer would ask them (not the subflow titles). Each lists the article(s) that answer it, by
// import id (scripts/abcd-to-jsonl.mjs). Several ABCD subflows share one body word for word (the
// three returns, the two promo-code and bad-price subflows, the three subscription-status ones)
// or cover the same request from two sides (order vs account payment method); for those, any of
// the identical or overlapping articles counts as right. Written before the answerer was tuned
// and not edited to fit it.

const pd = (s: string) => `abcd/product-defect/${s}`;
const oi = (s: string) => `abcd/order-issue/${s}`;
const aa = (s: string) => `abcd/account-access/${s}`;
const ts = (s: string) => `abcd/troubleshoot-site/${s}`;
const ma = (s: string) => `abcd/manage-account/${s}`;
const pu = (s: string) => `abcd/purchase-dispute/${s}`;
const sh = (s: string) => `abcd/shipping-issue/${s}`;
const su = (s: string) => `abcd/subscription-inquiry/${s}`;
const si = (s: string) => `abcd/single-item-query/${s}`;
const sw = (s: string) => `abcd/storewide-query/${s}`;

const RETURNS = [pd('return-due-to-stain'), pd('return-due-to-color'), pd('return-due-to-size')];
const PAYMENT_METHOD = [oi('status-payment-method'), ma('manage-payment-method')];
const DOUBLE_ORDER = [oi('status-quantity'), oi('manage-cancel')];
const BAD_PRICE = [pu('bad-price-competitor'), pu('bad-price-yesterday')];
const OUT_OF_STOCK = [pu('out-of-stock-general'), pu('out-of-stock-one-item')];
const PROMO = [pu('promo-code-invalid'), pu('promo-code-out-of-date')];
const SUBSCRIPTION_STATUS = [su('status-active'), su('status-due-amount'), su('status-due-date')];
const ADDRESS = [ma('manage-change-address'), sh('manage-shipping')];

export const STORE_QUESTIONS: readonly { question: string; answers: readonly string[] }[] = [
  {
    question: "I'd like a refund for a jacket I bought, can I get it as a gift card?",
    answers: [pd('initiate-refund')],
  },
  {
    question: 'I already have a refund going, can another item be added to it?',
    answers: [pd('update-refund')],
  },
  { question: 'Has my refund been processed yet?', answers: [pd('refund-status')] },
  {
    question: 'The shirt I ordered arrived with a stain on it, can I send it back?',
    answers: RETURNS,
  },
  {
    question: 'The sweater is a different colour than in the photo and I want to return it',
    answers: RETURNS,
  },
  { question: 'These boots are the wrong size, how do I return them?', answers: RETURNS },
  {
    question: 'How long do silver members have to return a purchase?',
    answers: [...RETURNS, sw('policy-faq')],
  },
  {
    question: "There is an extra fee on my order that I don't recognise",
    answers: [oi('status-mystery-fee')],
  },
  {
    question: 'Can my delivery come in the evening instead of the morning?',
    answers: [oi('status-delivery-time')],
  },
  {
    question: 'I paid for my order with the wrong card, can I switch it to PayPal?',
    answers: PAYMENT_METHOD,
  },
  {
    question: 'My confirmation email says I ordered two but I only wanted one',
    answers: DOUBLE_ORDER,
  },
  {
    question: 'Can I get overnight shipping on my order instead?',
    answers: [oi('manage-upgrade')],
  },
  {
    question:
      'No rush on my order, can you delay delivery to next week to save on the shipping fee?',
    answers: [oi('manage-downgrade')],
  },
  {
    question: 'Can I add another item to an order I already placed?',
    answers: [oi('manage-create')],
  },
  {
    question: 'I accidentally ordered the same item twice, please cancel one',
    answers: DOUBLE_ORDER,
  },
  { question: 'I forgot my username, how can I find it?', answers: [aa('recover-username')] },
  {
    question: "I can't remember my password and need a new one",
    answers: [aa('recover-password')],
  },
  {
    question: 'How do I reset the two-factor authentication on my account?',
    answers: [aa('reset-two-factor-auth')],
  },
  {
    question: 'My credit card keeps getting rejected when I pay',
    answers: [ts('invalid-credit-card')],
  },
  {
    question: "I add things to my shopping cart but the cart doesn't update",
    answers: [ts('cart-not-updating')],
  },
  {
    question: 'The search on your site shows no results whatever I type',
    answers: [ts('search-not-working')],
  },
  { question: 'Your website is so slow it is unusable', answers: [ts('website-too-slow')] },
  {
    question: 'A service I never asked for was added to my account',
    answers: [ma('status-service-added')],
  },
  {
    question: 'An important service was removed from my plan by mistake',
    answers: [ma('status-service-removed')],
  },
  {
    question: 'Does my account get free international shipping?',
    answers: [ma('status-shipping-question')],
  },
  {
    question: 'The credit from a promotional package is missing from my account',
    answers: [ma('status-credit-missing')],
  },
  { question: 'I moved and need to update the street address on my account', answers: ADDRESS },
  { question: 'How do I change the name on my account?', answers: [ma('manage-change-name')] },
  {
    question: 'I have a new phone number, please update it on my account',
    answers: [ma('manage-change-phone')],
  },
  {
    question: 'I want to change the payment method saved on my account to a debit card',
    answers: PAYMENT_METHOD,
  },
  {
    question: 'A competitor sells the same item for less, can you match their price?',
    answers: BAD_PRICE,
  },
  { question: 'The price was lower yesterday than when I bought it', answers: BAD_PRICE },
  { question: 'Why is everything I want out of stock?', answers: OUT_OF_STOCK },
  { question: "My promo code won't work at checkout", answers: PROMO },
  {
    question: "I returned the item but still haven't received my credit on the bill",
    answers: [pu('mistimed-billing-already-returned')],
  },
  {
    question: 'I was billed for something I never bought',
    answers: [pu('mistimed-billing-never-bought')],
  },
  {
    question: 'I got an email that something is wrong with my shipment, is my order okay?',
    answers: [sh('shipping-status')],
  },
  {
    question: 'I ordered the wrong item, can I change my shipment before it arrives?',
    answers: [sh('manage-shipping')],
  },
  { question: 'My package never arrived, what happened to it?', answers: [sh('missing-item')] },
  { question: 'Shipping costs too much, can you waive the fee?', answers: [sh('shipping-cost')] },
  {
    question: 'Did my subscription payment go through, is it still active?',
    answers: SUBSCRIPTION_STATUS,
  },
  { question: 'How much do I owe for my premium subscription?', answers: SUBSCRIPTION_STATUS },
  { question: 'On what date does my subscription renew each month?', answers: SUBSCRIPTION_STATUS },
  {
    question: 'I want to pay the bill for my yearly subscription',
    answers: [su('manage-pay-bill')],
  },
  {
    question: "I can't pay my subscription right now, can I get an extension?",
    answers: [su('manage-extension')],
  },
  { question: 'I was billed twice for my subscription', answers: [su('manage-dispute-bill')] },
  { question: 'Are your boots waterproof?', answers: [si('boots-faq')] },
  { question: 'Will this shirt shrink in the wash?', answers: [si('shirt-faq')] },
  { question: 'How much does it cost to get jeans tailored?', answers: [si('jeans-faq')] },
  { question: 'Can the hood be detached from the jacket?', answers: [si('jacket-faq')] },
  { question: 'How much do you charge for gift wrapping?', answers: [sw('pricing-faq')] },
  { question: 'What are the benefits of becoming a member?', answers: [sw('membership-faq')] },
  { question: 'When does your annual sale start?', answers: [sw('timing-faq')] },
  {
    question: 'What happens if I am late paying my subscription?',
    answers: [sw('policy-faq'), su('manage-extension')],
  },
];

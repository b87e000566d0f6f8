/**
 * The demo shop's help center: published articles a homebrew shop would really have. Seeded
 * through the knowledge base's import, so their ids are import ids and re-seeding updates them.
 * Each paragraph is one line: search splits sentences at line breaks, and snippets should be
 * whole sentences.
 */
export interface DemoArticle {
  id: string;
  title: string;
  category: string;
  content: string;
}

const ORDERS = 'Orders & shipping';
const RETURNS = 'Returns & refunds';
const BREWING = 'Brewing help';
const KITS = 'Kits & ingredients';

export const DEMO_ARTICLES: readonly DemoArticle[] = [
  {
    id: 'demo/shipping-times-and-costs',
    title: 'Shipping times and costs',
    category: ORDERS,
    content: `Shipping costs €4.90 within Germany (free from €60) and €9.90 to the rest of the EU (free from €120). Orders placed before 2 pm on a working day leave our warehouse the same day. Most parcels arrive within **two working days** in Germany, the Netherlands, Belgium and Austria, and within three to five working days elsewhere in the EU.

| Destination | Standard | Free from |
| --- | --- | --- |
| Germany | €4.90 | €60 |
| Rest of the EU | €9.90 | €120 |

Malt is heavy: an order with more than 25 kg of grain ships as two parcels, at no extra cost to you.

## Cold packs for yeast and hops

Between May and September we pack liquid yeast and hops with a cold pack and an insulated liner. Dry yeast travels well without one.

We do not ship outside the EU at the moment.`,
  },
  {
    id: 'demo/tracking-your-order',
    title: 'Tracking your order',
    category: ORDERS,
    content: `As soon as your parcel leaves the warehouse you get an email with a tracking link from the carrier. It can take a few hours before the carrier's site shows the first scan.

If you have no tracking email:

1. Check your spam or promotions folder for a message from Hopfield Homebrew.
2. Make sure the order was confirmed: the confirmation email comes right after payment.
3. Still nothing after one working day? Ask us with the Help button and give your order number (it starts with **HB-**). We will send the tracking link again.

When tracking has not moved for three working days, the parcel may be stuck at a depot. Tell us and we will open an enquiry with the carrier, and send a replacement if it does not turn up within five working days.`,
  },
  {
    id: 'demo/changing-or-cancelling-an-order',
    title: 'Changing or cancelling an order',
    category: ORDERS,
    content: `You can change or cancel an order until it is packed, which is usually within two hours on working days. Ask us with the Help button and include your order number.

- **Add an item**: we add it to the same parcel and send a payment link for the difference.
- **Change the address**: possible until the parcel has a tracking number.
- **Cancel**: you are refunded in full to the original payment method within three working days.

Once the parcel is on its way it cannot be changed any more, but you can still return unopened items (see *Returns and refunds*).`,
  },
  {
    id: 'demo/returns-and-refunds',
    title: 'Returns and refunds',
    category: RETURNS,
    content: `You can return unopened items within **30 days** of delivery for a full refund.

Because they are perishable, we cannot take back opened or crushed grain, hop pellets whose vacuum pack has been opened, or yeast. Faulty equipment is always covered, opened or not (see *Damaged or missing items*).

## How to return something

1. Ask us with the Help button for a return label and give your order number.
2. Pack the items well; glass hydrometers travel best in their original tube.
3. Drop the parcel at any DHL point.

Returns within Germany are free. From the rest of the EU the label costs €6.90, which we deduct from the refund. We refund to the original payment method within five working days of receiving the parcel, and email you when we do.`,
  },
  {
    id: 'demo/damaged-or-missing-items',
    title: 'Damaged or missing items',
    category: RETURNS,
    content: `Sorry about that! A broken hydrometer, a leaking fermenter or an item missing from your parcel is our problem to fix, not yours.

Send us a photo of the damage (and of the parcel, if it was crushed) through the Help button within 14 days of delivery. You do not need to send broken glass back.

We send a replacement the same or next working day at no cost, or refund the item if you prefer. If a whole kit arrives incomplete, we send the missing part by express.`,
  },
  {
    id: 'demo/storing-yeast',
    title: 'How to store yeast',
    category: BREWING,
    content: `Yeast is alive, and how you keep it decides how well your beer ferments.

## Dry yeast

Keep sachets in the fridge at 2–8 °C. Stored like that they keep until the date printed on the sachet, usually two years from packing. A few weeks at room temperature does little harm, but heat above 30 °C does, so never leave a parcel in a hot car.

## Liquid yeast

Liquid yeast must stay in the fridge and is best used within three months of its manufacturing date. The older it is, the more a **yeast starter** helps: two days before brewing, pitch it into a litre of wort made from 100 g of dry malt extract and let it grow.

## Do not freeze

Freezing bursts the cells of both kinds. If a sachet froze by accident, use two instead of one or buy fresh.`,
  },
  {
    id: 'demo/keeping-hops-fresh',
    title: 'Keeping hops fresh',
    category: BREWING,
    content: `Hops lose their aroma when they meet air, light and warmth. Our pellets are vacuum-packed in nitrogen and kept frozen until they are shipped.

- Put unopened packs in the **freezer** as soon as they arrive. They keep for at least two years.
- Once opened, squeeze the air out, fold and tape the pack, or move the pellets into a small zip bag, and freeze them again. Use them within three months.
- Pellets that smell cheesy or look brown have oxidised: fine for bittering, poor for dry hopping.

You can weigh frozen pellets straight from the freezer; there is no need to thaw them.`,
  },
  {
    id: 'demo/first-brew-day-checklist',
    title: 'Your first brew day: a checklist',
    category: BREWING,
    content: `Brewing your first batch takes about four hours, plus two weeks of fermenting and two of conditioning in the bottle.

1. **Clean and sanitise** everything that touches the cooled wort: fermenter, lid, airlock, spoon and thermometer. Most off-flavours start with poor sanitising.
2. **Mash** the grains at 66 °C for an hour, then rinse them with water at 76 °C.
3. **Boil** for 60 minutes and add the hops at the times on your recipe card.
4. **Cool** the wort to 18–20 °C as fast as you can, ideally in under 30 minutes.
5. **Measure** the original gravity with the hydrometer and write it down.
6. **Pitch** the yeast, close the fermenter and fit the airlock.

Bubbling usually starts within 24 hours. No bubbles after 48 hours? Check the temperature, and ask us: a person will help you work out what happened.`,
  },
  {
    id: 'demo/starter-brew-kit-contents',
    title: "What's in the Starter Brew Kit",
    category: KITS,
    content: `The Starter Brew Kit (19 L) has everything you need for your first 19-litre batch apart from a large pot:

- a 30 L fermenter with lid, tap and grommet
- an airlock and a bottling wand
- an auto-siphon with 2 m of food-grade tubing
- a triple-scale hydrometer and trial jar
- no-rinse sanitiser, enough for about ten brews
- a pale ale recipe pack: 4.5 kg of crushed malt, hops and a sachet of American ale dry yeast

You will also need a pot of at least 25 litres, a thermometer and about 40 bottles with caps. If anything is missing from your kit, see *Damaged or missing items*.`,
  },
  {
    id: 'demo/whole-or-crushed-grain',
    title: 'Whole or crushed grain: which to order',
    category: KITS,
    content: `Choose **crushed** if you will brew within four weeks and do not own a grain mill. We crush on the day your order ships, with the mill gap set for a typical home mash tun.

Choose **whole** grain if you will store it for longer or mill it yourself. Whole malt kept dry, cool and sealed stays fresh for a year; crushed malt starts to go stale after about a month.

Recipe kits always come crushed, each grain bill in one bag, ready to mash.`,
  },
];

/** The articles as JSON Lines, the form the knowledge base imports. */
export function demoArticlesJsonl(): string {
  return DEMO_ARTICLES.map((a) => JSON.stringify(a)).join('\n');
}

/** The demo shop's products: Hopfield Homebrew sells kits, grains, hops and yeast. */
export interface Product {
  sku: string;
  name: string;
  category: 'Kits' | 'Grains' | 'Hops' | 'Yeast' | 'Equipment';
  priceCents: number;
  blurb: string;
}

export const DEMO_WORKSPACE_NAME = 'Hopfield Homebrew';

export const DEMO_PRODUCTS: readonly Product[] = [
  {
    sku: 'KIT-STARTER',
    name: 'Starter Brew Kit (19 L)',
    category: 'Kits',
    priceCents: 8900,
    blurb:
      'Fermenter, airlock, siphon, hydrometer and a pale ale recipe pack: everything for your first batch.',
  },
  {
    sku: 'KIT-IPA',
    name: 'West Coast IPA Recipe Kit',
    category: 'Kits',
    priceCents: 4250,
    blurb: 'Crushed grains, three hop additions and dry yeast for 19 litres of resinous IPA.',
  },
  {
    sku: 'KIT-STOUT',
    name: 'Oatmeal Stout Recipe Kit',
    category: 'Kits',
    priceCents: 3990,
    blurb: 'Roasted barley, flaked oats and chocolate malt for a silky, dark pint.',
  },
  {
    sku: 'GR-MARIS',
    name: 'Maris Otter Pale Malt, 5 kg',
    category: 'Grains',
    priceCents: 1850,
    blurb: 'The classic British base malt, biscuity and rich. Whole or crushed.',
  },
  {
    sku: 'GR-PILS',
    name: 'German Pilsner Malt, 5 kg',
    category: 'Grains',
    priceCents: 1690,
    blurb: 'Pale, clean and sweet; the backbone of lagers and Belgian ales.',
  },
  {
    sku: 'GR-CRYSTAL',
    name: 'Crystal 60L, 1 kg',
    category: 'Grains',
    priceCents: 690,
    blurb: 'Caramel sweetness and amber colour for ales and bitters.',
  },
  {
    sku: 'HOP-CITRA',
    name: 'Citra Pellets, 100 g',
    category: 'Hops',
    priceCents: 1190,
    blurb: 'Grapefruit, lime and passion fruit. Vacuum-packed, kept frozen.',
  },
  {
    sku: 'HOP-SAAZ',
    name: 'Saaz Pellets, 100 g',
    category: 'Hops',
    priceCents: 790,
    blurb: 'Noble, spicy and gentle: the hop of Bohemian pilsner.',
  },
  {
    sku: 'HOP-CASCADE',
    name: 'Cascade Pellets, 100 g',
    category: 'Hops',
    priceCents: 850,
    blurb: 'Floral and citrusy; the hop that started American craft beer.',
  },
  {
    sku: 'YST-US05',
    name: 'American Ale Dry Yeast, 11.5 g',
    category: 'Yeast',
    priceCents: 450,
    blurb: 'Clean, crisp and forgiving. Ferments 15-24 °C.',
  },
  {
    sku: 'YST-W3470',
    name: 'Lager Dry Yeast, 11.5 g',
    category: 'Yeast',
    priceCents: 590,
    blurb: 'The Weihenstephan lager strain: clean and malty at 9-15 °C.',
  },
  {
    sku: 'EQ-HYDRO',
    name: 'Triple-Scale Hydrometer',
    category: 'Equipment',
    priceCents: 1290,
    blurb: 'Measure gravity, potential alcohol and Brix in one glass tube.',
  },
];

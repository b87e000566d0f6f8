import { html } from 'hono/html';
import { DEMO_PRODUCTS, DEMO_WORKSPACE_NAME, type Product } from '../../core/demo/catalog.js';

const price = (cents: number) => `€${(cents / 100).toFixed(2)}`;

const card = (p: Product) =>
  html`<li class="card">
    <span class="cat">${p.category}</span>
    <h2>${p.name}</h2>
    <p>${p.blurb}</p>
    <div class="buy">
      <strong>${price(p.priceCents)}</strong><button type="button">Add to cart</button>
    </div>
  </li>`;

/** The demo shop at `/`: what a business's site looks like with Parley on it. */
export function storefrontPage(widgetKey?: string) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${DEMO_WORKSPACE_NAME} — homebrewing kits, grains, hops and yeast</title>
        <meta
          name="description"
          content="A demo shop for Parley: homebrewing kits, malt, hops and yeast."
        />
        <style>
          :root {
            --ink: #1f2a1c;
            --accent: #8a5a0b; /* dark amber: 4.5:1 or better against white, for text and buttons */
            --paper: #fbf7ef;
            font-family: system-ui, sans-serif;
            color: var(--ink);
          }
          body {
            margin: 0;
            background: var(--paper);
          }
          header {
            background: #2f4a2a;
            color: #fff;
            padding: 1.5rem 1rem;
          }
          header h1 {
            margin: 0;
            font-size: 1.6rem;
          }
          header p {
            margin: 0.3rem 0 0;
            opacity: 0.85;
          }
          header a {
            color: #fff;
            font-weight: 600;
          }
          main {
            max-width: 1100px;
            margin: 0 auto;
            padding: 1rem;
          }
          ul {
            list-style: none;
            padding: 0;
            display: grid;
            gap: 1rem;
            grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
          }
          .card {
            background: #fff;
            border-radius: 10px;
            padding: 1rem;
            box-shadow: 0 1px 3px #0002;
            display: flex;
            flex-direction: column;
          }
          .card h2 {
            font-size: 1.05rem;
            margin: 0.3rem 0;
          }
          .card p {
            flex: 1;
            font-size: 0.92rem;
            line-height: 1.4;
          }
          .cat {
            font-size: 0.75rem;
            text-transform: uppercase;
            letter-spacing: 0.06em;
            color: var(--accent);
            font-weight: 600;
          }
          .buy {
            display: flex;
            justify-content: space-between;
            align-items: center;
          }
          button {
            background: var(--accent);
            color: #fff;
            border: 0;
            border-radius: 6px;
            padding: 0.5rem 0.8rem;
            font-weight: 600;
            cursor: pointer;
          }
          footer {
            text-align: center;
            padding: 2rem 1rem;
            font-size: 0.85rem;
            opacity: 0.7;
          }
        </style>
      </head>
      <body>
        <header>
          <h1>${DEMO_WORKSPACE_NAME}</h1>
          <p>
            Everything for brewing beer at home, shipped in two days.
            ${widgetKey ? html`<a href="/help/${widgetKey}">Help center</a>` : ''}
          </p>
        </header>
        <main>
          <ul>
            ${DEMO_PRODUCTS.map(card)}
          </ul>
        </main>
        <footer>
          A demo storefront served by Parley. Staff sign in at <a href="/console">/console</a>.
        </footer>
        ${
          widgetKey
            ? html`<script async src="/widget.js" data-workspace="${widgetKey}"></script>`
            : ''
        }
      </body>
    </html>`;
}

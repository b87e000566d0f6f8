import { describe, expect, it } from 'vitest';
import { addMember } from '../core/users/add-member.js';
import { PASSWORD } from '../../test/seed.js';
import {
  desktop,
  hasNoHorizontalOverflow,
  openPage,
  phone,
  screenshot,
  signInToConsole,
  useParleyAndChromium,
} from '../../test/browser.js';

const env = useParleyAndChromium();
const OWNER = 'otto.owner@hopfield.example';
const AGENT = 'rita.routing@hopfield.example';

async function addPeople() {
  const deps = { db: env.server.db, now: () => new Date() };
  const workspaceId = env.server.demo!.workspace.id;
  const add = (email: string, name: string, role: 'owner' | 'agent') =>
    addMember(deps, { workspaceId, email, name, role, password: PASSWORD });
  await add(OWNER, 'Otto Owner', 'owner');
  await add(AGENT, 'Rita Routing', 'agent');
}

describe('teams, skills and status in the console', () => {
  it('an owner sets an agent’s skills and makes a team; the agent goes away and back from a phone', async () => {
    await addPeople();
    const owner = await openPage(env.browser, desktop, `${env.server.url}/console/team`);
    await signInToConsole(owner.page, OWNER, { lands: 'Team' });
    await owner.page.getByRole('button', { name: 'Skills and capacity of Rita Routing' }).click();
    const form = owner.page.getByRole('form', { name: 'Routing for Rita Routing' });
    await form.getByLabel('Skills').fill('refunds 4, German 5');
    await form.getByLabel('Chats at once').fill('2');
    await form.getByRole('button', { name: 'Save' }).click();
    await owner.page.getByText('2 chats, 5 emails, 1 call at once · german 5, refunds 4').waitFor();

    await owner.page.getByRole('button', { name: 'New team' }).click();
    const teamForm = owner.page.getByRole('form', { name: 'New team' });
    await teamForm.getByLabel('Team name').fill('Refunds desk');
    await teamForm.getByLabel('Skills it needs').fill('refunds 3');
    await teamForm.getByLabel('Rita Routing').check();
    await teamForm.getByRole('button', { name: 'Save team' }).click();
    const teams = owner.page.getByRole('list', { name: 'Teams' });
    await teams.getByText('Refunds desk').waitFor();
    await teams.getByText('Needs: refunds 3').waitFor();
    await screenshot(owner.page, 'team-routing-desktop');
    expect(owner.errors).toEqual([]);

    const agent = await openPage(env.browser, phone, `${env.server.url}/console/team`);
    await signInToConsole(agent.page, AGENT, { lands: 'Team' });
    const toggle = agent.page.getByRole('button', { name: 'Available' });
    await toggle.click();
    await agent.page.getByRole('button', { name: 'Away' }).waitFor();
    expect(
      await agent.page.getByRole('button', { name: 'Skills and capacity of Rita Routing' }).count(),
    ).toBe(0);
    expect(await agent.page.getByRole('button', { name: 'New team' }).count()).toBe(0);
    expect(await hasNoHorizontalOverflow(agent.page)).toBe(true);
    await screenshot(agent.page, 'team-routing-phone-away');
    await owner.page.reload();
    await owner.page.getByText(/^Away · 2 chats/).waitFor();
    await agent.page.getByRole('button', { name: 'Away' }).click();
    await agent.page.getByRole('button', { name: 'Available' }).waitFor();
    expect(agent.errors).toEqual([]);
  });
});

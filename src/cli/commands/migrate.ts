import { migrate } from '../../db/migrate.js';
import { openDb } from '../../db/open-db.js';
import type { Command } from '../command.js';

export const migrateCommand: Command = {
  words: ['migrate'],
  usage: 'parley migrate',
  summary: 'Apply pending database migrations and exit.',
  async run(ctx) {
    const db = await openDb(ctx.config.DATABASE_URL);
    try {
      const { applied } = await migrate(db);
      ctx.out(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      return 0;
    } finally {
      await db.close();
    }
  },
};

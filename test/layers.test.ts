import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'parley/layers').map((m) => m.message);
}

describe('the layering lint rule', () => {
  it('refuses core importing the http layer', async () => {
    expect(
      await problems('src/core/x.ts', "import { createApp } from '../http/app.js';\ncreateApp;"),
    ).toEqual([expect.stringContaining('src/core must not import src/http')]);
  });

  it('refuses a database driver outside src/db', async () => {
    expect(await problems('src/http/x.ts', "import pg from 'pg';\npg;")).toEqual([
      expect.stringContaining("Only src/db may import the database driver 'pg'"),
    ]);
  });

  it('lets the console import only shared code', async () => {
    expect(
      await problems(
        'src/console/x.ts',
        "import { AppError } from '../core/errors.js';\nAppError;",
      ),
    ).toHaveLength(1);
    expect(
      await problems(
        'src/console/x.ts',
        "import { ERROR_CODES } from '../shared/error-codes.js';\nERROR_CODES;",
      ),
    ).toEqual([]);
  });

  it('allows the direction DESIGN.md draws: cli -> server -> http -> core -> db', async () => {
    expect(
      await problems('src/cli/x.ts', "import { startServer } from '../server.js';\nstartServer;"),
    ).toEqual([]);
    expect(
      await problems('src/http/x.ts', "import { logIn } from '../core/auth/log-in.js';\nlogIn;"),
    ).toEqual([]);
    expect(
      await problems('src/core/x.ts', "import { openDb } from '../db/open-db.js';\nopenDb;"),
    ).toEqual([]);
    expect(
      await problems('src/db/x.ts', "import { logIn } from '../core/auth/log-in.js';\nlogIn;"),
    ).toHaveLength(1);
  });
});
